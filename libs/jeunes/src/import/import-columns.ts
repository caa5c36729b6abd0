import { NIVEAU_DIPLOME_CODES } from '@app/referentiels';
import { JeuneStatut, Programme } from '../domain/jeune-codes';

/** A cell that cannot be read: the row is rejected with this reason, naming the column. */
export class CellError extends Error {}

/** The object a row becomes: CreateJeuneDto's fields, plus what the import resolves itself. */
export type ImportPlain = Record<string, unknown>;

export interface ImportColumn {
  /** Header, normalised (lowercase, no accents, `_` for spaces). */
  colonne: string;
  /** The DTO field it fills (validation errors on this field name the column). */
  field: string;
  required?: boolean;
  parse: (raw: string) => unknown;
}

const text = (raw: string) => raw;
const optional = (raw: string) => (raw === '' ? null : raw);

const TRUE = new Set(['oui', 'o', 'x', '1', 'vrai', 'true', 'yes', 'y']);
const FALSE = new Set(['non', 'n', '0', 'faux', 'false', 'no', '']);
const bool =
  (empty: boolean | undefined) =>
  (raw: string): boolean | undefined => {
    const v = raw.toLowerCase();
    if (v === '') return empty;
    if (TRUE.has(v)) return true;
    if (FALSE.has(v)) return false;
    throw new CellError(`« ${raw} » n'est pas oui ou non`);
  };

/** `17/04/2006` (the French way) or `2006-04-17`. */
export function parseDate(raw: string): string | null {
  if (raw === '') return null;
  const fr = raw.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/);
  if (fr) return `${fr[3]}-${fr[2].padStart(2, '0')}-${fr[1].padStart(2, '0')}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return raw;
  throw new CellError(`« ${raw} » n'est pas une date JJ/MM/AAAA`);
}

const int = (raw: string) => {
  if (raw === '') return undefined;
  if (!/^\d+$/.test(raw)) throw new CellError(`« ${raw} » n'est pas un nombre entier`);
  return Number(raw);
};

const codes = (raw: string) =>
  raw === ''
    ? []
    : raw
        .toUpperCase()
        .split(/[\s|,;/]+/)
        .filter(Boolean);

/** `G1603:12|K2204:3`: months of experience per ROME fiche. */
function experiences(raw: string) {
  return codes(raw.replace(/\s*:\s*/g, ':')).map((item) => {
    const m = item.match(/^([A-Z]\d{4}):(\d+)$/);
    if (!m) throw new CellError(`« ${item} » : attendu CODE_ROME:MOIS, ex. G1603:12`);
    return { codeRome: m[1], dureeMois: Number(m[2]) };
  });
}

function niveauDiplome(raw: string) {
  if (raw === '') return null;
  const v = raw.toUpperCase().replace(/[\s_-]+/g, '');
  if (v === 'INFRA3' || v === 'SANSDIPLOME') return 'INFRA_3';
  const level = v.match(/^(NIVEAU)?([3-7])$/)?.[2];
  if (level) return level;
  throw new CellError(`« ${raw} » : niveaux possibles ${NIVEAU_DIPLOME_CODES.join(', ')}`);
}

function programme(raw: string) {
  if (raw === '') return Programme.AUCUN;
  const found = Object.values(Programme).find((p) => p.toLowerCase() === raw.toLowerCase());
  if (!found) throw new CellError(`« ${raw} » : programmes possibles CEJ, PACEA, PPAE, aucun`);
  return found;
}

function statut(raw: string) {
  if (raw === '') return undefined;
  const v = raw.toLowerCase().replace(/[\s-]+/g, '_');
  const found = Object.values(JeuneStatut).find((s) => s === v);
  if (!found)
    throw new CellError(`« ${raw} » : statuts possibles ${Object.values(JeuneStatut).join(', ')}`);
  return found;
}

/** The layout of the ML's information system export (documented in libs/jeunes/README.md). */
export const IMPORT_COLUMNS: ImportColumn[] = [
  { colonne: 'id_externe', field: 'idExterne', required: true, parse: text },
  { colonne: 'nom', field: 'nom', required: true, parse: text },
  { colonne: 'prenom', field: 'prenom', required: true, parse: text },
  { colonne: 'date_naissance', field: 'dateNaissance', required: true, parse: parseDate },
  { colonne: 'fiches_rome', field: 'fichesRome', required: true, parse: codes },
  { colonne: 'email', field: 'email', parse: optional },
  { colonne: 'telephone', field: 'telephone', parse: optional },
  { colonne: 'adresse', field: 'adresse', parse: optional },
  { colonne: 'code_postal', field: 'codePostal', parse: optional },
  { colonne: 'commune_insee', field: 'communeInsee', parse: (raw) => optional(raw.toUpperCase()) },
  { colonne: 'experiences', field: 'experiences', parse: experiences },
  { colonne: 'niveau_diplome', field: 'niveauDiplome', parse: niveauDiplome },
  { colonne: 'rayon_mobilite_km', field: 'rayonMobiliteKm', parse: int },
  { colonne: 'permis_b', field: 'permisB', parse: bool(false) },
  { colonne: 'vehicule', field: 'vehicule', parse: bool(false) },
  { colonne: 'transports_commun', field: 'transportsCommun', parse: bool(false) },
  { colonne: 'disponible_le', field: 'disponibleLe', parse: parseDate },
  { colonne: 'temps_partiel', field: 'tempsPartielUniquement', parse: bool(false) },
  { colonne: 'programme', field: 'programme', parse: programme },
  { colonne: 'programme_debut', field: 'programmeDebut', parse: parseDate },
  { colonne: 'programme_fin', field: 'programmeFin', parse: parseDate },
  {
    colonne: 'conseiller_email',
    field: 'conseillerId',
    parse: (raw) => optional(raw.toLowerCase()),
  },
  { colonne: 'statut', field: 'statut', parse: statut },
  // An empty cell says nothing: the consent already recorded stays.
  { colonne: 'consentement_email', field: 'consentEmail', parse: bool(undefined) },
  { colonne: 'consentement_sms', field: 'consentSms', parse: bool(undefined) },
];

export const normaliseHeader = (h: string) =>
  h
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
    // `Date de naissance` is date_naissance.
    .replace(/_(de|du|des|d)_/g, '_');

export interface HeaderMap {
  /** Index in the row of each known column. */
  columns: { def: ImportColumn; index: number }[];
  ignored: string[];
  missing: string[];
  /**
   * The DTO fields of the file's columns, each undefined: a row's object starts as a clone of it
   * (see fast-objects.ts; a column whose cell says nothing leaves its field undefined).
   */
  champs: ImportPlain;
}

/** Fields the import resolves itself, kept apart from the DTO's. */
export const OWN_FIELDS = new Set(['conseillerId', 'statut']);

export function mapHeader(cells: string[]): HeaderMap {
  const byName = new Map(IMPORT_COLUMNS.map((c) => [c.colonne, c]));
  const columns: HeaderMap['columns'] = [];
  const ignored: string[] = [];
  cells.forEach((cell, index) => {
    const def = byName.get(normaliseHeader(cell));
    if (def && !columns.some((c) => c.def === def)) columns.push({ def, index });
    else ignored.push(cell);
  });
  const missing = IMPORT_COLUMNS.filter(
    (c) => c.required && !columns.some((col) => col.def === c),
  ).map((c) => c.colonne);
  const champs = Object.fromEntries(
    columns.filter((c) => !OWN_FIELDS.has(c.def.field)).map((c) => [c.def.field, undefined]),
  );
  return { columns, ignored, missing, champs };
}

/** The column of a field named by a validation error (`experiences[0].dureeMois` → experiences). */
export function columnOf(field: string | undefined, header: HeaderMap): string | null {
  const base = field?.split(/[.[]/)[0];
  return header.columns.find((c) => c.def.field === base)?.def.colonne ?? null;
}

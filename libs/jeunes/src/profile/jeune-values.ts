import { ParsedTelephone, parseTelephone } from '@app/core';
import { Programme } from '../domain/jeune-codes';
import { Experience, Indisponibilite, Jeune } from '../entities/jeune.entity';
import { checkJeuneRules } from './jeune-rules';
import { JeuneRefs } from './jeune-refs.service';

/** The fields a conseiller (or the import) writes; the others are derived or managed. */
export const CHAMPS_SAISIS = [
  'idExterne',
  'nom',
  'prenom',
  'dateNaissance',
  'email',
  'telephone',
  'adresse',
  'codePostal',
  'communeInsee',
  'fichesRome',
  'experiences',
  'niveauDiplome',
  'rayonMobiliteKm',
  'permisB',
  'vehicule',
  'transportsCommun',
  'disponibleLe',
  'tempsPartielUniquement',
  'indisponibilites',
  'programme',
  'programmeDebut',
  'programmeFin',
  'conseillerId',
  'notes',
] as const satisfies readonly (keyof Jeune)[];

export type JeuneSaisie = Pick<Jeune, (typeof CHAMPS_SAISIS)[number]>;
export type JeuneValues = JeuneSaisie &
  Pick<Jeune, 'anneeNaissance' | 'telephoneMobile' | 'communeNom' | 'departement' | 'lat' | 'lon'>;

export const SAISIE_PAR_DEFAUT: Omit<
  JeuneSaisie,
  'nom' | 'prenom' | 'dateNaissance' | 'fichesRome'
> = {
  idExterne: null,
  email: null,
  telephone: null,
  adresse: null,
  codePostal: null,
  communeInsee: null,
  experiences: [] as Experience[],
  niveauDiplome: null,
  rayonMobiliteKm: 10,
  permisB: false,
  vehicule: false,
  transportsCommun: false,
  disponibleLe: null,
  tempsPartielUniquement: false,
  indisponibilites: [] as Indisponibilite[],
  programme: Programme.AUCUN,
  programmeDebut: null,
  programmeFin: null,
  conseillerId: null,
  notes: null,
};

/** Keeps the known fields that were given (undefined = not given; null = cleared). */
export function pickSaisie(input: object): Partial<JeuneSaisie> {
  const out: Record<string, unknown> = {};
  for (const key of CHAMPS_SAISIS) {
    const value = (input as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value;
  }
  return out as Partial<JeuneSaisie>;
}

/** What is stored beside an entry, derived from it (the commune may come from the postcode). */
export interface JeuneDerivees {
  communeInsee: string | null;
  communeNom: string | null;
  departement: string | null;
  lat: number | null;
  lon: number | null;
  telephone: string | null;
  telephoneMobile: boolean;
  anneeNaissance: number;
}

/**
 * Checks a complete entry against the référentiels and the rules, and derives what is stored
 * beside it (commune name and centre, mobile or landline, birth year).
 */
export async function deriveValues(
  saisie: JeuneSaisie,
  refs: JeuneRefs,
  inscription: Date,
  current?: Pick<JeuneSaisie, 'conseillerId'>,
  /** The number as already parsed by the caller (the import parses each one once). */
  parsed?: ParsedTelephone,
): Promise<JeuneDerivees> {
  // Awaited only when a lookup is pending: once known, the codes are checked synchronously.
  const fiches = refs.checkFiches(saisie.fichesRome, 'fichesRome');
  if (fiches) await fiches;
  const codes = saisie.experiences.map((e) => e.codeRome);
  const experiences = refs.checkFiches(codes, 'experiences');
  if (experiences) await experiences;
  // A referent who has since left stays until someone changes it.
  if (saisie.conseillerId && saisie.conseillerId !== current?.conseillerId)
    await refs.checkConseiller(saisie.conseillerId);
  checkJeuneRules(saisie as Parameters<typeof checkJeuneRules>[0], inscription);
  const place = await refs.place(saisie.communeInsee, saisie.codePostal);
  const phone = !saisie.telephone
    ? null
    : parsed?.e164 === saisie.telephone
      ? parsed
      : parseTelephone(saisie.telephone);
  // A literal: the import reads it for each row (a spread would add properties one by one).
  return {
    communeInsee: place.communeInsee,
    communeNom: place.communeNom,
    departement: place.departement,
    lat: place.lat,
    lon: place.lon,
    telephone: phone?.e164 ?? null,
    telephoneMobile: phone?.mobile ?? false,
    anneeNaissance: Number(saisie.dateNaissance!.slice(0, 4)),
  };
}

/** The entry checked, with what is derived from it (deriveValues). */
export async function resolveValues(
  saisie: JeuneSaisie,
  refs: JeuneRefs,
  inscription: Date,
  current?: Pick<JeuneSaisie, 'conseillerId'>,
  parsed?: ParsedTelephone,
): Promise<JeuneValues> {
  return { ...saisie, ...(await deriveValues(saisie, refs, inscription, current, parsed)) };
}

/**
 * `{ ...base, ...saisie }` for the entry's fields only, as one object literal: the spread of a
 * hydrated entity or of pickSaisie's output (objects in V8's dictionary mode, built by stores
 * under computed keys) cost 10-30 µs a row in the import.
 */
export function mergeSaisie(base: Partial<JeuneSaisie>, saisie: Partial<JeuneSaisie>): JeuneSaisie {
  const s = saisie;
  const b = base;
  return {
    idExterne: s.idExterne !== undefined ? s.idExterne : b.idExterne,
    nom: s.nom !== undefined ? s.nom : b.nom,
    prenom: s.prenom !== undefined ? s.prenom : b.prenom,
    dateNaissance: s.dateNaissance !== undefined ? s.dateNaissance : b.dateNaissance,
    email: s.email !== undefined ? s.email : b.email,
    telephone: s.telephone !== undefined ? s.telephone : b.telephone,
    adresse: s.adresse !== undefined ? s.adresse : b.adresse,
    codePostal: s.codePostal !== undefined ? s.codePostal : b.codePostal,
    communeInsee: s.communeInsee !== undefined ? s.communeInsee : b.communeInsee,
    fichesRome: s.fichesRome !== undefined ? s.fichesRome : b.fichesRome,
    experiences: s.experiences !== undefined ? s.experiences : b.experiences,
    niveauDiplome: s.niveauDiplome !== undefined ? s.niveauDiplome : b.niveauDiplome,
    rayonMobiliteKm: s.rayonMobiliteKm !== undefined ? s.rayonMobiliteKm : b.rayonMobiliteKm,
    permisB: s.permisB !== undefined ? s.permisB : b.permisB,
    vehicule: s.vehicule !== undefined ? s.vehicule : b.vehicule,
    transportsCommun: s.transportsCommun !== undefined ? s.transportsCommun : b.transportsCommun,
    disponibleLe: s.disponibleLe !== undefined ? s.disponibleLe : b.disponibleLe,
    tempsPartielUniquement:
      s.tempsPartielUniquement !== undefined ? s.tempsPartielUniquement : b.tempsPartielUniquement,
    indisponibilites: s.indisponibilites !== undefined ? s.indisponibilites : b.indisponibilites,
    programme: s.programme !== undefined ? s.programme : b.programme,
    programmeDebut: s.programmeDebut !== undefined ? s.programmeDebut : b.programmeDebut,
    programmeFin: s.programmeFin !== undefined ? s.programmeFin : b.programmeFin,
    conseillerId: s.conseillerId !== undefined ? s.conseillerId : b.conseillerId,
    notes: s.notes !== undefined ? s.notes : b.notes,
  } as JeuneSaisie;
}

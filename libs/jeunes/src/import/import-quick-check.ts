import { NIVEAU_DIPLOME_CODES } from '@app/referentiels';
import { parseTelephone, ParsedTelephone } from '@app/core';
import {
  arrayMaxSize,
  arrayMinSize,
  isBoolean,
  isEmail,
  isEnum,
  isIn,
  isInt,
  isISO8601,
  isNotEmpty,
  isString,
  matches,
  max,
  maxLength,
  min,
} from 'class-validator';
import { FICHES_ROME_MAX, Programme } from '../domain/jeune-codes';
import { DATE_PATTERN, INSEE_PATTERN, ROME_PATTERN } from '../profile/transforms';

/**
 * CreateJeuneDto's constraints and transforms, as the quick check below applies them (property
 * → constraints in class-validator's words, with their arguments). A spec compares these lists
 * with the DTO's metadata: a constraint added or changed there fails it until the check follows.
 */
export const QUICK_CHECKED: Record<string, string[]> = {
  idExterne: ['isOptional()', 'isString', 'maxLength(64)'],
  nom: ['isNotEmpty', 'isString', 'maxLength(100)'],
  prenom: ['isNotEmpty', 'isString', 'maxLength(100)'],
  dateNaissance: ['isIso8601({"strict":true})', `matches(${DATE_PATTERN})`],
  email: ['isEmail()', 'isOptional()', 'maxLength(254)'],
  telephone: ['isOptional()', 'isTelephone'],
  adresse: ['isOptional()', 'isString', 'maxLength(200)'],
  codePostal: ['isOptional()', 'matches(/^\\d{5}$/)'],
  communeInsee: ['isOptional()', `matches(${INSEE_PATTERN})`],
  fichesRome: ['arrayMaxSize(5)', 'arrayMinSize(1)', 'isArray', `matches(${ROME_PATTERN})[each]`],
  experiences: ['arrayMaxSize(20)', 'isArray', 'isOptional()', 'nestedValidation[each]'],
  'experiences.codeRome': [`matches(${ROME_PATTERN})`],
  'experiences.dureeMois': ['isInt', 'max(600)', 'min(0)'],
  niveauDiplome: [`isIn(${JSON.stringify(NIVEAU_DIPLOME_CODES)})`, 'isOptional()'],
  rayonMobiliteKm: ['isInt', 'isOptional()', 'max(200)', 'min(0)'],
  permisB: ['isBoolean', 'isOptional()'],
  vehicule: ['isBoolean', 'isOptional()'],
  transportsCommun: ['isBoolean', 'isOptional()'],
  disponibleLe: ['isIso8601({"strict":true})', 'isOptional()', `matches(${DATE_PATTERN})`],
  tempsPartielUniquement: ['isBoolean', 'isOptional()'],
  programme: [
    `isEnum(${JSON.stringify(Programme)}, ${JSON.stringify(Object.values(Programme))})`,
    'isOptional()',
  ],
  programmeDebut: ['isIso8601({"strict":true})', 'isOptional()', `matches(${DATE_PATTERN})`],
  programmeFin: ['isIso8601({"strict":true})', 'isOptional()', `matches(${DATE_PATTERN})`],
  consentEmail: ['isBoolean', 'isOptional()'],
  consentSms: ['isBoolean', 'isOptional()'],
};
/** Properties with a @Transform (or @Type): each is mirrored below (or proven a no-op). */
export const QUICK_TRANSFORMED = [
  'adresse',
  'codePostal',
  'communeInsee',
  'email',
  'experiences',
  'experiences.codeRome',
  'fichesRome',
  'idExterne',
  'nom',
  'prenom',
  'telephone',
];

/** Fields the CSV never fills: a row carrying one goes the slow way. */
const NOT_IMPORTED = new Set(['indisponibilites', 'conseillerId', 'notes']);

export interface QuickDto {
  [field: string]: unknown;
  /** The number as parsed once here, so that the write does not parse it again. */
  telephoneParsed?: ParsedTelephone;
}

const text = (v: unknown, maxLen: number, notEmpty: boolean): v is string =>
  isString(v) && v === v.trim() && (!notEmpty || isNotEmpty(v)) && maxLength(v, maxLen);
const optionalText = (v: unknown, maxLen: number) =>
  v === null || v === undefined || (text(v, maxLen, true) && v !== '');
const day = (v: unknown) => isISO8601(v, { strict: true }) && matches(v as string, DATE_PATTERN);
const optional = (v: unknown, check: (v: unknown) => boolean) =>
  v === null || v === undefined || check(v);
const integer = (v: unknown, lo: number, hi: number) => isInt(v) && min(v, lo) && max(v, hi);
const rome = (v: unknown) =>
  isString(v) && v === v.trim().toUpperCase() && matches(v, ROME_PATTERN);

/**
 * The fields of a CSV row as `plainToInstance(CreateJeuneDto, …)` + `validateSync` would give
 * them, when every constraint holds and every transform leaves the value as it is (the column
 * parsers already trim, uppercase and type the cells); undefined otherwise, and the row then
 * goes through the DTO itself, which words the rejection. Why: class-transformer and
 * class-validator cost about 40 % of the import's CPU, for rows that are nearly all valid.
 */
export function quickDto(fields: Record<string, unknown>): QuickDto | undefined {
  for (const key in fields) if (NOT_IMPORTED.has(key) || !(key in QUICK_CHECKED)) return;
  const f = fields;
  const ok =
    text(f.idExterne, 64, true) &&
    text(f.nom, 100, true) &&
    text(f.prenom, 100, true) &&
    day(f.dateNaissance) &&
    optionalText(f.adresse, 200) &&
    optional(f.codePostal, (v) => isString(v) && v === v.trim() && matches(v, /^\d{5}$/)) &&
    optional(f.communeInsee, (v) => isString(v) && v === v.trim() && matches(v, INSEE_PATTERN)) &&
    Array.isArray(f.fichesRome) &&
    arrayMinSize(f.fichesRome, 1) &&
    arrayMaxSize(f.fichesRome, FICHES_ROME_MAX) &&
    f.fichesRome.every(rome) &&
    optional(
      f.experiences,
      (v) =>
        Array.isArray(v) &&
        arrayMaxSize(v, 20) &&
        v.every((e: { codeRome?: unknown; dureeMois?: unknown }) => {
          return rome(e?.codeRome) && integer(e.dureeMois, 0, 600);
        }),
    ) &&
    optional(f.niveauDiplome, (v) => isIn(v, NIVEAU_DIPLOME_CODES)) &&
    optional(f.rayonMobiliteKm, (v) => integer(v, 0, 200)) &&
    ['permisB', 'vehicule', 'transportsCommun', 'tempsPartielUniquement'].every((k) =>
      optional(f[k], isBoolean),
    ) &&
    optional(f.disponibleLe, day) &&
    optional(f.programme, (v) => isEnum(v, Programme)) &&
    optional(f.programmeDebut, day) &&
    optional(f.programmeFin, day) &&
    optional(f.consentEmail, isBoolean) &&
    optional(f.consentSms, isBoolean);
  if (!ok) return;
  let email = f.email;
  if (email !== undefined && email !== null) {
    // emailTransform: lowercased, trimmed, '' is null.
    email = isString(email) ? email.toLowerCase().trim() : email;
    if (!isString(email) || email === '' || !isEmail(email) || !maxLength(email, 254)) return;
  }
  let parsed: ParsedTelephone | null | undefined;
  if (f.telephone !== undefined && f.telephone !== null) {
    if (!isString(f.telephone) || f.telephone.trim() === '') return;
    parsed = parseTelephone(f.telephone);
    // IsTelephone parses the E.164 form again: a valid number's E.164 form is as valid (same
    // country code and national number), so that second parse is not repeated here.
    if (!parsed || !/^\+\d{6,15}$/.test(parsed.e164)) return;
  }
  // The row's own object, changed only once it passed (the experiences are the parser's plain
  // objects, as ExperienceDto would have them).
  const dto: QuickDto = fields;
  if (email !== undefined) dto.email = email;
  if (parsed) {
    dto.telephone = parsed.e164;
    dto.telephoneParsed = parsed;
  }
  return dto;
}

import { ValidationError } from 'class-validator';
import { FieldError } from './domain-error';

const num = (message: string) => message.match(/-?\d+(\.\d+)?/)?.[0] ?? '';

/** French wording of class-validator's constraints; a DTO's own message (already French) is kept. */
const FRENCH: Record<string, (message: string) => string> = {
  whitelistValidation: () => "n'est pas un champ accepté",
  isDefined: () => 'est obligatoire',
  isNotEmpty: () => 'est obligatoire',
  isString: () => 'doit être un texte',
  isEmail: () => 'doit être une adresse e-mail valide',
  isInt: () => 'doit être un nombre entier',
  isNumber: () => 'doit être un nombre',
  isBoolean: () => 'doit être vrai ou faux',
  isUUID: () => 'doit être un identifiant (UUID) valide',
  isUrl: () => 'doit être une URL valide',
  isDateString: () => 'doit être une date au format AAAA-MM-JJ',
  isISO8601: () => 'doit être une date au format AAAA-MM-JJ',
  isDate: () => 'doit être une date valide',
  isArray: () => 'doit être une liste',
  isEnum: (m) => `doit être l'une des valeurs : ${m.split(':').pop()?.trim() ?? ''}`,
  isIn: (m) => `doit être l'une des valeurs : ${m.split(':').pop()?.trim() ?? ''}`,
  minLength: (m) => `doit contenir au moins ${num(m)} caractères`,
  maxLength: (m) => `doit contenir au plus ${num(m)} caractères`,
  min: (m) => `doit être supérieur ou égal à ${num(m)}`,
  max: (m) => `doit être inférieur ou égal à ${num(m)}`,
  arrayMinSize: (m) => `doit contenir au moins ${num(m)} élément(s)`,
  arrayMaxSize: (m) => `doit contenir au plus ${num(m)} élément(s)`,
  matches: () => "n'a pas le format attendu",
  nestedValidation: () => 'doit être un objet valide',
};

export function frenchConstraint(key: string, message: string, property: string): string {
  // class-validator's default messages start with the property name; ours do not.
  const isDefault = message.startsWith(property) || message.startsWith('property ');
  if (!isDefault) return message;
  return FRENCH[key]?.(message) ?? "n'est pas valide";
}

/** Flattens nested validation errors into `a.b[0].c` paths with French messages. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const isIndex = /^\d+$/.test(error.property);
    const path = parent
      ? isIndex
        ? `${parent}[${error.property}]`
        : `${parent}.${error.property}`
      : error.property;
    const constraints = Object.entries(error.constraints ?? {});
    // A missing field fails its first constraint (often a length): say it is missing instead.
    const missing =
      error.value === undefined &&
      constraints.length > 0 &&
      !error.constraints?.whitelistValidation;
    if (missing) {
      out.push({ field: path, code: 'isDefined', message: `« ${path} » est obligatoire` });
    }
    for (const [code, message] of missing ? [] : constraints) {
      out.push({
        field: path,
        code,
        message: `« ${path} » ${frenchConstraint(code, message, error.property)}`,
      });
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, path));
  }
  return out;
}

import codesNaf from '@socialgouv/codes-naf';

/**
 * NAF rév. 2 (INSEE's activity codes, the APE code of an établissement), from `@socialgouv/codes-naf`.
 * The package lists every level (`01`, `01.1`, `01.11`, `01.11Z`); an établissement's code is a
 * sub-class: two digits, a dot, two digits, a letter (`56.10A`). SIRENE also writes it `5610A`.
 */
const LABELS = new Map(codesNaf.map((c) => [c.id, c.label]));

/** `5610a`, `56.10A`, ` 56 10 A ` → `56.10A`; anything else → null. */
export function normaliseNafCode(value: string): string | null {
  const m = /^(\d{2})[.\s]?(\d{2})\s?([A-Za-z])$/.exec(value.trim());
  return m ? `${m[1]}.${m[2]}${m[3].toUpperCase()}` : null;
}

/** True for an existing NAF sub-class, in either spelling. */
export function isNafCode(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const code = normaliseNafCode(value);
  return code !== null && LABELS.has(code);
}

/** The label of a sub-class (either spelling) or of a higher level given as listed (`56.1`). */
export function nafLabel(value: string): string | null {
  const code = normaliseNafCode(value) ?? value.trim();
  return LABELS.get(code) ?? null;
}

/** Every sub-class, for a select box or an import check. */
export const NAF_SOUS_CLASSES: readonly { code: string; libelle: string }[] = codesNaf
  .filter((c) => /^\d{2}\.\d{2}[A-Z]$/.test(c.id))
  .map((c) => ({ code: c.id, libelle: c.label }));

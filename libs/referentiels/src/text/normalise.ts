/**
 * Search keys for labels and names: lowercase, no accents, ligatures spelt out, every run of
 * punctuation or spaces turned into one space. Computed in TypeScript and stored beside the label,
 * so that search needs no `unaccent` extension and gives the same key in the code and in SQL.
 *
 * No `@app/*` import here: the migrations load this file before path aliases exist.
 */
export function normaliseText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Words too common to filter on ("agent d'entretien" must not require a "d" somewhere). */
const STOP_WORDS = new Set([
  'a',
  'au',
  'aux',
  'd',
  'de',
  'des',
  'du',
  'en',
  'et',
  'l',
  'la',
  'le',
  'les',
  'ou',
  'sur',
]);

/** The words of a normalised query that results must contain, at most `max` of them. */
export function searchTokens(normalised: string, max = 6): string[] {
  const words = normalised.split(' ').filter((w) => w && !STOP_WORDS.has(w));
  return [...new Set(words)].slice(0, max);
}

/** Escapes `%`, `_` and `\` so that user input is literal inside a LIKE pattern. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

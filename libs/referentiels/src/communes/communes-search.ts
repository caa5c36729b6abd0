import { escapeLike, normaliseText } from '../text/normalise';
import { FindCommunesQuery } from './commune.types';

/**
 * Ways a typed name may be written in the table: "st etienne" is "saint etienne". An abbreviation
 * is expanded only when another word follows, so that "st" alone still finds "Stains" while typing.
 */
export function nameVariants(nom: string): string[] {
  const normalised = normaliseText(nom);
  const expanded = normalised.replace(/\bst (?=\S)/g, 'saint ').replace(/\bste (?=\S)/g, 'sainte ');
  return [...new Set([normalised, expanded])].filter(Boolean);
}

/** `2a` → `2A`, `1` → `01`; null when it cannot be a department code. */
export function normaliseDepartement(value: string): string | null {
  const v = value.trim().toUpperCase();
  const padded = /^\d$/.test(v) ? `0${v}` : v;
  return /^(\d{2}|2[AB]|9[78]\d)$/.test(padded) && padded !== '20' ? padded : null;
}

/**
 * The SQL of commune lookups. By name: the exact name first, then names starting with the text,
 * then names with a word starting with it ("etienne" finds Saint-Étienne); within a rank, the most
 * populous first, which is what people mean by "Saint-Denis" without a department.
 */
export function buildCommunesSearch(
  query: FindCommunesQuery,
): { where: string; order: string; params: unknown[] } | null {
  const params: unknown[] = [];
  const p = (value: unknown) => `$${params.push(value)}`;
  const where: string[] = [];
  let rank = '';
  const cp = query.codePostal?.trim();
  if (cp) {
    if (/^\d{5}$/.test(cp)) where.push(`c."codes_postaux" @> ARRAY[${p(cp)}]::varchar(5)[]`);
    else if (/^\d{2,4}$/.test(cp)) {
      where.push(
        `EXISTS (SELECT 1 FROM unnest(c."codes_postaux") cp WHERE cp LIKE ${p(`${cp}%`)})`,
      );
    } else return null;
  }
  if (query.nom?.trim()) {
    const variants = nameVariants(query.nom);
    if (!variants.length) return null;
    const exact = p(variants);
    const prefixes = variants.map((v) => p(`${escapeLike(v)}%`));
    const words = variants.map((v) => p(`% ${escapeLike(v)}%`));
    // Plain LIKEs on the column, ORed: each can use the trigram (or prefix) index.
    const like = (patterns: string[]) =>
      patterns.map((x) => `c."nom_normalise" LIKE ${x}`).join(' OR ');
    where.push(`(${like([...prefixes, ...words])})`);
    rank = `CASE WHEN c."nom_normalise" = ANY(${exact}) THEN 0
      WHEN ${like(prefixes)} THEN 1 ELSE 2 END, `;
  }
  if (query.departement !== undefined) {
    const departement = normaliseDepartement(query.departement);
    if (!departement) return null;
    where.push(`c."departement" = ${p(departement)}`);
  }
  if (!cp && !query.nom?.trim()) return null;
  return {
    where: where.join(' AND '),
    order: `${rank}c."population" DESC NULLS LAST, c."nom", c."code_insee"`,
    params,
  };
}

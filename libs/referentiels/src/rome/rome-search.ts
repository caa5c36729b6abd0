import { escapeLike, normaliseText, searchTokens } from '../text/normalise';

/**
 * The SQL of ROME search, ranked (lower is better): exact code 0, code prefix 1; then, for a
 * fiche's label / an appellation's label: exact 2 / 3, prefix 4 / 5, every word starts a word 6 / 7,
 * substring 8 / 9. A fiche takes the best rank of its hits; ties go to the fiche with more hits at
 * that rank, then to the shorter label. Every query word must occur in a label for it to match.
 */
export function buildRomeSearch(
  q: string,
  limit: number,
): { sql: string; params: unknown[] } | null {
  const normalised = normaliseText(q);
  const compact = q.trim().toUpperCase().replace(/\s+/g, '');
  const code = /^[A-N]\d{1,4}$/.test(compact) ? compact : null;
  const tokens = searchTokens(normalised);
  if (!code && tokens.length === 0) return null;

  const params: unknown[] = [];
  const p = (value: unknown) => `$${params.push(value)}`;
  const branches: string[] = [];
  if (code) {
    branches.push(`SELECT f."code", NULL::varchar, NULL::varchar,
      CASE WHEN f."code" = ${p(code)} THEN 0 ELSE 1 END
      FROM "rome_fiches" f WHERE f."code" LIKE ${p(`${code}%`)}`);
  }
  if (tokens.length) {
    const exact = p(normalised);
    const prefix = p(`${escapeLike(normalised)}%`);
    const contains = tokens.map((t) => p(`%${escapeLike(t)}%`));
    const wordStarts = tokens.map((t) => p(`% ${escapeLike(t)}%`));
    const rank = (col: string, appellation: number) => `CASE WHEN ${col} = ${exact} THEN 2
      WHEN ${col} LIKE ${prefix} THEN 4
      WHEN ${wordStarts.map((w) => `(' ' || ${col}) LIKE ${w}`).join(' AND ')} THEN 6
      ELSE 8 END + ${appellation}`;
    const where = (col: string) => contains.map((c) => `${col} LIKE ${c}`).join(' AND ');
    branches.push(`SELECT f."code", NULL::varchar, NULL::varchar, ${rank('f."libelle_normalise"', 0)}
      FROM "rome_fiches" f WHERE ${where('f."libelle_normalise"')}`);
    branches.push(`SELECT a."code_rome", a."code_ogr", a."libelle", ${rank('a."libelle_normalise"', 1)}
      FROM "rome_appellations" a WHERE ${where('a."libelle_normalise"')}`);
  }
  const sql = `
    WITH hits (code_rome, code_ogr, libelle, pos) AS (${branches.join(' UNION ALL ')}),
    scored AS (SELECT h.*, min(h.pos) OVER (PARTITION BY h.code_rome) AS best FROM hits h)
    SELECT f."code", f."libelle", f."domaine", s.best,
      count(*) FILTER (WHERE s.pos = s.best) AS hits_at_best,
      COALESCE(jsonb_agg(jsonb_build_object('codeOgr', s.code_ogr, 'libelle', s.libelle)
        ORDER BY s.pos, length(s.libelle), s.libelle) FILTER (WHERE s.code_ogr IS NOT NULL),
        '[]') AS appellations
    FROM scored s JOIN "rome_fiches" f ON f."code" = s.code_rome
    GROUP BY f."code", f."libelle", f."domaine", s.best
    ORDER BY s.best, hits_at_best DESC, length(f."libelle"), f."code"
    LIMIT ${p(limit)}`;
  return { sql, params };
}

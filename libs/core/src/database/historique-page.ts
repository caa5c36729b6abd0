/**
 * Keyset pages over a module's history (oldest first), as the yearly report's rebuild reads them
 * (libs/pilotage): every history service pages on (date, id) the same way.
 */

/** A page of history and where the next one starts (null at the end). */
export interface HistoriquePage<T> {
  items: T[];
  suivant: string | null;
}

/** The (date, id) key the page starts after: the cursor's, or before everything. */
export const pageApres = (apres: string | null): [string, string] =>
  apres
    ? (apres.split('|') as [string, string])
    : ['-infinity', '00000000-0000-0000-0000-000000000000'];

/**
 * The next page's cursor from a page's rows, which select their date as text in `at_txt`
 * (PostgreSQL's text keeps the microseconds: a JS date would cut them and the paging would loop);
 * null when the page was not full.
 */
export function curseurSuivant(rows: Record<string, any>[], limit: number): string | null {
  const last = rows[rows.length - 1];
  return rows.length === limit ? `${last.at_txt}|${last.id}` : null;
}

/** What a history query runs on (a DataSource or an EntityManager). */
interface Requetable {
  query(sql: string, params: unknown[]): Promise<any>;
}

/**
 * One page of history: `sql` takes the start key as $1 (date) and $2 (id), the page size as $3,
 * and selects `id` and `at_txt`; each row is turned into an item by `item`.
 */
export async function lireHistorique<T>(
  db: Requetable,
  sql: string,
  apres: string | null,
  limit: number,
  item: (row: Record<string, any>) => T,
): Promise<HistoriquePage<T>> {
  const rows: Record<string, any>[] = await db.query(sql, [...pageApres(apres), limit]);
  return { items: rows.map(item), suivant: curseurSuivant(rows, limit) };
}

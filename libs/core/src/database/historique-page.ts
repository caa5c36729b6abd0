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

/**
 * What the writers need of a database connection: a QueryRunner (in migrations), an EntityManager
 * (in a transaction) or a DataSource all fit. No `@app/*` import here: migrations load this file.
 */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

/** How an idempotent import changed a table. */
export interface UpsertCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export const addCounts = (a: UpsertCounts, b: UpsertCounts): UpsertCounts => ({
  added: a.added + b.added,
  updated: a.updated + b.updated,
  unchanged: a.unchanged + b.unchanged,
});

/**
 * Runs an `INSERT … SELECT FROM unnest(…) ON CONFLICT DO UPDATE … WHERE <changed> RETURNING
 * (xmax = 0) AS added` statement per batch: one round trip per few thousand rows, and rows that
 * did not change are neither rewritten nor returned, which is how they are counted as unchanged.
 */
export async function upsertInBatches<T>(
  db: Queryable,
  rows: readonly T[],
  sql: string,
  columns: (batch: readonly T[]) => unknown[],
  batchSize = 5000,
): Promise<UpsertCounts> {
  const counts: UpsertCounts = { added: 0, updated: 0, unchanged: 0 };
  for (let i = 0; i < rows.length; i += batchSize) {
    const batch = rows.slice(i, i + batchSize);
    const returned: { added: boolean }[] = await db.query(sql, columns(batch));
    const added = returned.filter((r) => r.added).length;
    counts.added += added;
    counts.updated += returned.length - added;
    counts.unchanged += batch.length - returned.length;
  }
  return counts;
}

/**
 * The driver's own connection behind a TypeORM QueryRunner (same transaction). TypeORM's CLI logs
 * every query with its parameters during `migration:run`: data migrations write through this so
 * that 35,000 communes are not printed to the terminal.
 */
export async function unloggedQueryable(runner: { connect(): Promise<any> }): Promise<Queryable> {
  const client: { query(sql: string, params?: unknown[]): Promise<{ rows: any[] }> } =
    await runner.connect();
  return { query: async (sql, params) => (await client.query(sql, params)).rows };
}

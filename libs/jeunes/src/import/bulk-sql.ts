import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { EntityManager } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * COPY's text format for set-based writes: the rows go by COPY (streamed) into a temporary
 * staging table, then a few INSERT … SELECT / UPDATE … FROM move them. No per-row statement, no
 * parameter limit, no JSON to parse.
 */

/** COPY's text format: backslash, tab, newline and carriage return escaped; \N is NULL. */
export const escapeCopy = (s: string) =>
  // Nearly no cell needs escaping: testing first spares a replace per cell.
  SPECIAL.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]) : s;
const SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** A PostgreSQL array literal of texts, escaped for COPY. */
export function copyArray(items: readonly unknown[]): string {
  const cells = items.map((x) =>
    x === null ? 'NULL' : `"${String(x).replace(/["\\]/g, '\\$&')}"`,
  );
  return escapeCopy(`{${cells.join(',')}}`);
}

/** One cell of a column, in COPY's text format. */
export function cellule(column: ColumnMetadata, v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  if (column.type === 'jsonb' || column.type === 'json') return escapeCopy(JSON.stringify(v));
  if (column.isArray) return copyArray(v as unknown[]);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'boolean') return v ? 't' : 'f';
  return escapeCopy(String(v));
}

/**
 * Creates (once per connection) and empties the temporary table `staging`, shaped by `shape`
 * (a SELECT … WITH NO DATA), then COPYs the lines into it: pieces of about 64 kB, one socket
 * write each.
 */
export async function copyIntoStaging(
  m: EntityManager,
  staging: string,
  shape: string,
  columns: readonly string[],
  pieces: readonly string[],
): Promise<void> {
  await m.query(
    `CREATE TEMP TABLE IF NOT EXISTS "${staging}" ON COMMIT DELETE ROWS AS ${shape} WITH NO DATA;
     TRUNCATE "${staging}"`,
  );
  const client = await m.queryRunner!.connect();
  const list = columns.map((c) => `"${c}"`).join(', ');
  await pipeline(
    Readable.from(pieces),
    client.query(copyFrom(`COPY "${staging}" (${list}) FROM STDIN`)),
  );
}

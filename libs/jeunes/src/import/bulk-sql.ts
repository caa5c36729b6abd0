import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * Set-based writes of a batch: the rows go by COPY (text format, streamed) into a temporary
 * staging table shaped like the target (no constraints, emptied at commit), then one INSERT …
 * SELECT or UPDATE … FROM moves them. No per-row statement, no parameter limit, no JSON to parse.
 */
function columns<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  props: string[],
) {
  const meta = m.connection.getMetadata(entity);
  const cols = props.map((p) => {
    const column = meta.findColumnWithPropertyName(p);
    if (!column) throw new Error(`${meta.tableName}: propriété inconnue ${p}`);
    return column;
  });
  return { table: meta.tableName, cols, names: cols.map((c) => c.databaseName) };
}

/** COPY's text format: backslash, tab, newline and carriage return escaped; \N is NULL. */
const escapeCopy = (s: string) =>
  // Nearly no cell needs escaping: testing first spares a replace per cell.
  SPECIAL.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]) : s;
const SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function cellule(column: ColumnMetadata, v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  if (column.type === 'jsonb' || column.type === 'json') return escapeCopy(JSON.stringify(v));
  if (column.isArray) {
    const items = (v as unknown[]).map((x) =>
      x === null ? 'NULL' : `"${String(x).replace(/["\\]/g, '\\$&')}"`,
    );
    return escapeCopy(`{${items.join(',')}}`);
  }
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'boolean') return v ? 't' : 'f';
  return escapeCopy(String(v));
}

/** Fills the staging table of `table` with the rows (by COPY); returns its name. */
async function stager(
  m: EntityManager,
  table: string,
  cols: ColumnMetadata[],
  props: string[],
  rows: ObjectLiteral[],
): Promise<string> {
  const staging = `staging_${table}`;
  const list = cols.map((c) => `"${c.databaseName}"`).join(', ');
  await m.query(
    `CREATE TEMP TABLE IF NOT EXISTS "${staging}" ON COMMIT DELETE ROWS
       AS SELECT * FROM "${table}" WITH NO DATA; TRUNCATE "${staging}"`,
  );
  const client = await m.queryRunner!.connect();
  // Lines sent in pieces of about 64 kB: one socket write per piece, not per row.
  const lines = function* () {
    let piece = '';
    for (const r of rows) {
      // Appended cell by cell: no array per row and table.
      for (let i = 0; i < props.length; i++) {
        piece += (i ? '\t' : '') + cellule(cols[i], r[props[i]]);
      }
      piece += '\n';
      if (piece.length >= 65_536) {
        yield piece;
        piece = '';
      }
    }
    if (piece) yield piece;
  };
  await pipeline(
    Readable.from(lines()),
    client.query(copyFrom(`COPY "${staging}" (${list}) FROM STDIN`)),
  );
  return staging;
}

/** Every row must have the same properties; columns left out take their default. */
export async function bulkInsert<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  rows: Partial<T>[],
): Promise<void> {
  if (rows.length === 0) return;
  const props = Object.keys(rows[0]);
  const { table, cols, names } = columns(m, entity, props);
  const staging = await stager(m, table, cols, props, rows);
  const list = names.map((n) => `"${n}"`).join(', ');
  await m.query(`INSERT INTO "${table}" (${list}) SELECT ${list} FROM "${staging}"`);
}

/** Updates rows by `id`, bumping `row_version` and `updated_at` as TypeORM would. */
export async function bulkUpdate<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  rows: Partial<T>[],
): Promise<void> {
  if (rows.length === 0) return;
  const props = Object.keys(rows[0]);
  const { table, cols, names } = columns(m, entity, props);
  const staging = await stager(m, table, cols, props, rows);
  const sets = names.filter((n) => n !== 'id').map((n) => `"${n}" = x."${n}"`);
  sets.push('"row_version" = t."row_version" + 1', '"updated_at" = now()');
  await m.query(
    `UPDATE "${table}" t SET ${sets.join(', ')} FROM "${staging}" x WHERE t."id" = x."id"`,
  );
}

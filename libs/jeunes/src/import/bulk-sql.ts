import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Multi-row writes with one parameter: the rows as JSON, turned into typed records by
 * jsonb_populate_recordset(NULL::table). Thousands of rows per statement, no 65,535-parameter
 * limit, and the table's own column types (arrays, jsonb, enums, dates) do the conversions.
 */
function columns<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  props: string[],
) {
  const meta = m.connection.getMetadata(entity);
  const names = props.map((p) => {
    const column = meta.findColumnWithPropertyName(p);
    if (!column) throw new Error(`${meta.tableName}: propriété inconnue ${p}`);
    return column.databaseName;
  });
  return { table: meta.tableName, names };
}

function toJson(rows: ObjectLiteral[], props: string[], names: string[]): string {
  return JSON.stringify(
    rows.map((r) => Object.fromEntries(props.map((p, i) => [names[i], r[p] ?? null]))),
  );
}

/** Every row must have the same properties; columns left out take their default. */
export async function bulkInsert<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  rows: Partial<T>[],
): Promise<void> {
  if (rows.length === 0) return;
  const props = Object.keys(rows[0]);
  const { table, names } = columns(m, entity, props);
  const list = names.map((n) => `"${n}"`).join(', ');
  await m.query(
    `INSERT INTO "${table}" (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::"${table}", $1::jsonb)`,
    [toJson(rows, props, names)],
  );
}

/** Updates rows by `id`, bumping `row_version` and `updated_at` as TypeORM would. */
export async function bulkUpdate<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  rows: Partial<T>[],
): Promise<void> {
  if (rows.length === 0) return;
  const props = Object.keys(rows[0]);
  const { table, names } = columns(m, entity, props);
  const sets = names.filter((n) => n !== 'id').map((n) => `"${n}" = x."${n}"`);
  sets.push('"row_version" = t."row_version" + 1', '"updated_at" = now()');
  await m.query(
    `UPDATE "${table}" t SET ${sets.join(', ')}
     FROM jsonb_populate_recordset(NULL::"${table}", $1::jsonb) x WHERE t."id" = x."id"`,
    [toJson(rows, props, names)],
  );
}

/**
 * Copies that keep V8's fast object layout, for the objects made for each row of an import.
 * Stores by a computed key (`out[k] = v`) that add a property to an object turn it into a
 * dictionary past 16 properties or so: slow to read, ≈ 10 µs to spread, larger in memory.
 * TypeORM hydrates entities that way (Object.create, then a store per column), and so would a
 * copy by a loop. Cloning a template that already has every key (`{ ...template }`, a fast clone),
 * then storing into existing properties, keeps the fast layout.
 */
export function picker<K extends string>(keys: readonly K[]): <T>(o: T) => Pick<T, K & keyof T> {
  const template: Record<string, unknown> = Object.fromEntries(keys.map((k) => [k, undefined]));
  return (o) => {
    const out: Record<string, unknown> = { ...template };
    for (const k of keys) out[k] = (o as Record<string, unknown>)[k];
    return out as never;
  };
}

/** Fast copies of rows with the same keys (entities of one query): plain objects, same fields. */
export function fastCopies<T extends object>(rows: T[]): T[] {
  if (rows.length === 0) return rows;
  const copy = picker(Object.keys(rows[0]));
  return rows.map((row) => copy(row) as T);
}

/** A fast template with every key of `keys`, valued from `defaults` (undefined elsewhere). */
export function template<K extends string>(
  keys: readonly K[],
  defaults: object,
): Record<K, unknown> {
  const d = defaults as Record<string, unknown>;
  return Object.fromEntries(keys.map((k) => [k, d[k]])) as Record<K, unknown>;
}

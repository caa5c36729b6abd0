import { Operation, Schema } from './openapi-operations';

/** A small seeded PRNG (mulberry32): a failing run is replayed with the same FUZZ_SEED. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  return { next, int, pick };
}
export type Rng = ReturnType<typeof prng>;

/** Strings an attacker or a careless client sends. */
const NASTY_STRINGS = [
  '',
  ' ',
  'null',
  'undefined',
  '0',
  '-1',
  '1e309',
  'NaN',
  '99999999999999999999',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfff',
  '\u202e',
  '\u0007',
  '%',
  '%zz',
  '%E0%A4%A',
  '../../etc/passwd',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '{"a":1}',
  '[]',
  '2026-02-30',
  '2026-02-30T25:99',
  '2026-13-01',
  '0000-00-00',
  '+33612345678',
  '06 12',
  'é'.repeat(300),
  'x'.repeat(5000),
  'x'.repeat(100_001),
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '🙂'.repeat(50),
  'A1234',
  'G1603',
  'Z9999',
];

const NASTY_NUMBERS = [0, -1, 1.5, 1e308, -1e308, 2 ** 31, 2 ** 53 + 1, 1e20, -0];

/** A JSON value of the wrong kind, or a borderline one of the right kind. */
export function nastyValue(rng: Rng, schema: Schema = {}, depth = 0): unknown {
  const r = rng.int(14);
  if (r === 0) return null;
  if (r === 1) return rng.pick(NASTY_STRINGS);
  if (r === 2) return rng.pick(NASTY_NUMBERS);
  if (r === 3) return rng.next() < 0.5;
  if (r === 4) return depth < 3 ? [nastyValue(rng, schema.items ?? {}, depth + 1)] : [];
  if (r === 5)
    return depth < 3
      ? { [rng.pick(['a', '__proto__', 'constructor', 'x'])]: nastyValue(rng, {}, depth + 1) }
      : {};
  if (r === 6) return [null];
  if (r === 7 && schema.enum?.length) return String(rng.pick(schema.enum)) + 'x';
  if (r === 8 && schema.properties && depth < 3) return malformedObject(rng, schema, depth + 1);
  if (r === 9) return rng.pick(['2026-02-30', '2026-02-30T25:99', '2026-12-01T10:00:00Z']);
  if (r === 10) return Array.from({ length: rng.int(60) }, () => rng.pick(NASTY_STRINGS));
  if (r === 11) return rng.pick(NASTY_STRINGS).repeat(1 + rng.int(3));
  return valid(rng, schema, depth);
}

/** A plausible value for the schema (so that requests get past the first check). */
function valid(rng: Rng, schema: Schema, depth: number): unknown {
  if (schema.enum?.length) return rng.pick(schema.enum);
  if (schema.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
  switch (schema.type) {
    case 'integer':
      return rng.int(100);
    case 'number':
      return rng.int(1000) / 10;
    case 'boolean':
      return rng.next() < 0.5;
    case 'array':
      return depth < 3 ? [valid(rng, schema.items ?? {}, depth + 1)] : [];
    case 'object':
      return depth < 3 ? malformedObject(rng, schema, depth + 1) : {};
    default:
      return rng.pick(['Texte', 'G1603', '59350', '2026-12-15', 'a@b.fr', '06 12 34 56 78']);
  }
}

/** Every property plausible except some, which get a nasty value; sometimes one is missing. */
export function malformedObject(rng: Rng, schema: Schema, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, s] of Object.entries(schema.properties ?? {})) {
    const r = rng.next();
    if (r < 0.15) continue;
    out[k] = r < 0.5 ? nastyValue(rng, s, depth) : valid(rng, s, depth);
  }
  if (rng.next() < 0.1) out[rng.pick(['inconnu', '__proto__', 'constructor', 'a\u0000'])] = 1;
  return out;
}

/** The whole body: mostly a malformed object, sometimes no object at all. */
export function malformedBody(
  rng: Rng,
  schema: Schema | undefined,
): { raw?: string; json?: unknown } {
  const r = rng.int(20);
  if (r === 0) return { raw: '{"a":' };
  if (r === 1) return { raw: `${'['.repeat(3000)}${']'.repeat(3000)}` };
  if (r === 2) return { json: [null] };
  if (r === 3) return { raw: 'null' };
  if (r === 4) return { json: rng.pick(NASTY_STRINGS) };
  if (r === 5) return { raw: '' };
  return { json: malformedObject(rng, schema ?? {}) };
}

/** A path segment: an existing id, a broken encoding, a nasty string, encoded. */
export function pathValue(rng: Rng, known: string[]): string {
  const r = rng.int(6);
  if (r < 2 && known.length) return known[rng.int(known.length)];
  if (r === 2) return rng.pick(['%zz', '%E0%A4%A', '%', '%00', '%25zz', '%ud800', '%ED%A0%80']);
  return encodeURIComponent(safe(rng.pick(NASTY_STRINGS)));
}

/** A query string: wrong types, repeated keys (arrays), broken encodings, huge numbers. */
export function queryString(rng: Rng, op: Operation): string {
  const parts: string[] = [];
  for (const { name, schema } of op.query) {
    if (rng.next() < 0.5) continue;
    const v = rng.next() < 0.7 ? String(nastyValue(rng, schema)) : String(valid(rng, schema, 0));
    parts.push(
      `${name}=${rng.next() < 0.2 ? rng.pick(['%zz', '%00', '%ud800']) : encodeURIComponent(safe(v))}`,
    );
    if (rng.next() < 0.1) parts.push(`${name}=${encodeURIComponent(safe(v))}`);
  }
  if (rng.next() < 0.1) parts.push(`inconnu=${rng.int(10)}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** encodeURIComponent throws on lone surrogates: send them as the raw bytes a client would. */
const safe = (s: string) => s.replace(/[\ud800-\udfff]/g, 'x').slice(0, 3000);

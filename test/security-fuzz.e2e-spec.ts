import { FixedClock } from '@app/core';
import type { Test } from 'supertest';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { HIDDEN_OPERATIONS, Operation, operationsOf } from './support/fuzz/openapi-operations';
import { malformedBody, pathValue, prng, queryString, Rng } from './support/fuzz/malformed';
import { createJeune } from './support/jeunes-fixtures';
import { entrepriseWithEmployer } from './support/offres-fixtures';
import { createTestContext, TestContext } from './support/test-context';

/**
 * Walks every operation of the OpenAPI document (and the pages kept out of it) with malformed
 * requests: broken path encodings, wrong types, nulls, nasty strings, deep and truncated JSON,
 * as each role. The process must never answer 5xx. FUZZ_REQUESTS sets the count (10,000 for the
 * full run reported in the README; fewer in the suite), FUZZ_SEED replays a run.
 */
const COUNT = Number(process.env.FUZZ_REQUESTS ?? 1500);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const TIME_BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 45_000);
const WEBHOOK_TOKEN = 'jeton-de-webhook-du-fuzz-0123456789';

describe('Sécurité : fuzz de toutes les opérations, aucun 5xx', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let operations: Operation[];
  const known: string[] = [];

  beforeAll(async () => {
    // With the worker, so that the readiness probe is ready too: every 5xx is a failure.
    ctx = await createTestContext({
      worker: true,
      clock: new FixedClock(new Date('2026-12-01T08:00:00Z')),
      env: { MESSAGING_WEBHOOK_TOKEN: WEBHOOK_TOKEN, LOGIN_RATE_LIMIT: '100000' },
    });
    ml = await seedStructure(ctx, 'ml-fuzz');
    const emp = await entrepriseWithEmployer(ctx, ml);
    const jeune = await createJeune(ctx, ml.users.conseiller.token);
    known.push(emp.entrepriseId, jeune.id, ml.id, ml.users.cre.id, ml.code);
    const doc = await ctx.http().get('/docs-json').expect(200);
    operations = [...operationsOf(doc.body), ...HIDDEN_OPERATIONS];
  }, 120_000);
  afterAll(() => ctx.close());

  const send = (rng: Rng, op: Operation): { path: string; req: Test } => {
    let path = op.path;
    for (const p of op.pathParams) path = path.replace(`{${p}}`, pathValue(rng, known));
    path += queryString(rng, op);
    if (op.path.startsWith('/webhooks') && rng.next() < 0.8) {
      path += `${path.includes('?') ? '&' : '?'}jeton=${WEBHOOK_TOKEN}`;
    }
    const role = rng.pick(['admin', 'cre', 'conseiller', 'employeur', 'admin', null] as const);
    let req = ctx.http()[op.method](path);
    if (role) req = req.set(bearer(ml.users[role].token));
    if (op.method === 'get' || op.method === 'delete') return { path, req };
    if (op.form) {
      req = req
        .type('form')
        .send(
          `resultat=${rng.pick(['entretien', 'x', ''])}&entretienAt=${rng.pick(['2026-02-30T25:99', '2026-12-01T10:00', '%zz'])}&dateDebut=2026-02-30&text=STOP&from=%2B33612345678`,
        );
      return { path, req };
    }
    const body = malformedBody(rng, op.body);
    req = req.set('Content-Type', 'application/json');
    req = body.raw !== undefined ? req.send(body.raw) : req.send(JSON.stringify(body.json));
    return { path, req };
  };

  it(`answers ${COUNT} malformed requests over every operation without a single 5xx`, async () => {
    const rng = prng(SEED);
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    const started = Date.now();
    let sent = 0;
    for (; sent < COUNT && Date.now() - started < TIME_BUDGET_MS; sent++) {
      // Round-robin over operations, so each one gets its share whatever the count.
      const op = operations[sent % operations.length];
      const { path, req } = send(rng, op);
      const res = await req;
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status >= 500 && failures.length < 20) {
        failures.push(
          `${op.method.toUpperCase()} ${path} → ${res.status} ${res.text.slice(0, 300)}`,
        );
      }
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(
      JSON.stringify({
        fuzz: { operations: operations.length, requests: sent, seconds, seed: SEED },
        statuses: Object.fromEntries([...statuses].sort(([a], [b]) => a - b)),
      }),
    );
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(Math.min(COUNT, operations.length * 2));
  }, 180_000);
});

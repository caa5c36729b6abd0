/**
 * `npm run bench:portail-tri [-- --propositions 1000 --runs 5 --api 50]`: the CRE's screening
 * queue (issue 14) at size. Same harness as bench/portail.ts (built portal, real API, Chromium).
 * 1. A database with N proposals to examine (N/20 published offers × 20 jeunes each, the MERs
 *    written in SQL as the matcher would: score, reasons, breakdown), a CRE.
 * 2. The queue's API alone (its first page, as the portal asks it), `--api` calls in a row: p95;
 *    and its two SQL statements under EXPLAIN ANALYZE (time, and the index they read).
 * 3. In Chromium (logged in by cookie): /portail/ml/tri until its first page (50 rows) and the
 *    "N propositions à examiner" counter over all are shown, against the same page's API calls
 *    alone (session and identity, then the queue's page) made from the same page.
 *    Median of runs; the first (cold) load is reported apart.
 * Goals: page ≤ 2 × its API time; API p95 < 100 ms. Last line: JSON.
 */
/// <reference lib="dom" />
import 'reflect-metadata';
import { StructuresService, UsersService } from '@app/accounts';
import { dataSourceOptions, Role } from '@app/core';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { spawnSync } from 'node:child_process';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ApiModule } from '../apps/api/src/api.module';
import { setupHttp } from '../apps/api/src/setup-http';
import { launchChromium } from '../test/support/chromium';
import { jeuneBody } from '../test/support/jeunes-fixtures';
import { fakeSiret } from '../test/support/offres-fixtures';
import { ADMIN_DATABASE_URL, databaseUrl, REDIS_URL } from '../test/support/test-env';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const PROPOSITIONS = arg('propositions', 1000);
const RUNS = arg('runs', 5);
const API_CALLS = arg('api', 50);
const PAR_OFFRE = 20;
/** The portal's page (apps/portail/src/pages/ml-tri/use-file-tri.ts, PAR_PAGE) and its URL. */
const PAR_PAGE = 50;
const FILE = `/mises-en-relation/a-examiner?page=1&parPage=${PAR_PAGE}`;
const ROOT = join(__dirname, '..');
const PASSWORD = 'mot-de-passe-du-banc-2026';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1];

async function admin(sql: string) {
  const c = new Client({ connectionString: ADMIN_DATABASE_URL });
  await c.connect();
  await c.query(sql).finally(() => c.end());
}

/**
 * The queue's two statements (libs/mises-en-relation/src/query/mer-file-tri.service.ts) under
 * EXPLAIN ANALYZE: execution time and the indexes the plan reads.
 */
async function expliquer(ds: DataSource, structureId: string) {
  const where = `structure_id = $1 AND statut = 'proposee' AND jeune_structure_id = ANY($2)`;
  const run = async (sql: string) => {
    const [
      {
        'QUERY PLAN': [plan],
      },
    ] = await ds.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, [structureId, [structureId]]);
    const index = new Set<string>();
    const walk = (n: { 'Index Name'?: string; Plans?: unknown[] }) => {
      if (n['Index Name']) index.add(n['Index Name']);
      (n.Plans ?? []).forEach((c) => walk(c as typeof n));
    };
    walk(plan.Plan);
    return { ms: +plan['Execution Time'].toFixed(2), index: [...index].join(', ') || 'seq scan' };
  };
  return {
    page: await run(
      `SELECT * FROM mises_en_relation WHERE ${where} ORDER BY created_at, id LIMIT ${PAR_PAGE} OFFSET 0`,
    ),
    comptes: await run(
      `SELECT offre_id, entreprise_id, count(*) FROM mises_en_relation WHERE ${where} GROUP BY offre_id, entreprise_id`,
    ),
  };
}

async function main() {
  // --no-build: the portal in dist/portail as it is (a second run).
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync('npm', ['run', '-s', 'build:portail'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(build.stderr || build.stdout);
  }

  const db = `bench_portail_tri_${Date.now().toString(36)}`;
  await admin(`CREATE DATABASE "${db}"`);
  const env = {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl(db),
    REDIS_URL,
    REDIS_PREFIX: `bench-portail-tri-${process.pid}`,
    LOG_LEVEL: 'silent',
    DEV_SURFACES: 'true', // the development JWT secret, as the tests
  };
  const ds = new DataSource({ ...dataSourceOptions(env.DATABASE_URL), logging: ['error'] });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(env), {
    bodyParser: false,
    logger: false,
    abortOnError: false,
  });
  setupHttp(app);
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const browser = await launchChromium();
  try {
    const s = await app
      .get(StructuresService)
      .upsertByCode({ code: 'ml-banc-tri', nom: 'Mission Locale du banc' });
    for (const [email, role] of [
      ['cre@banc-tri.test', Role.CRE],
      ['conseil@banc-tri.test', Role.CONSEILLER],
    ] as const)
      await app
        .get(UsersService)
        .ensure({ structureId: s.id, email, role, prenom: 'C', nom: 'RE', password: PASSWORD });
    const call = async (path: string, body: unknown, token?: string) => {
      const res = await fetch(base + path, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return res.json();
    };
    const login = async (email: string) =>
      (await call('/auth/login', { email, password: PASSWORD })).accessToken as string;
    const cre = await login('cre@banc-tri.test');
    const conseiller = await login('conseil@banc-tri.test');
    const e = await call(
      '/entreprises',
      { siret: fakeSiret(4343), raisonSociale: 'Brasserie du banc', communeInsee: '59350' },
      cre,
    );
    const debut = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const nOffres = Math.ceil(PROPOSITIONS / PAR_OFFRE);
    const offres: string[] = [];
    for (let i = 0; i < nOffres; i++)
      offres.push(
        (
          await call(
            '/offres',
            {
              entrepriseId: e.id,
              titre: `Serveur ou serveuse n° ${i + 1}`,
              codeRome: 'G1803',
              description: 'Service en salle, midi et soir.',
              typeContrat: 'CDI',
              heuresHebdo: 35,
              dateDebut: debut,
              communeInsee: '59350',
              etat: 'publiee',
              confirmerDoublon: true,
            },
            cre,
          )
        ).id,
      );
    const jeunes: string[] = [];
    for (let i = 0; i < PAR_OFFRE; i += 10)
      jeunes.push(
        ...(await Promise.all(
          Array.from(
            { length: 10 },
            async (_, k) =>
              (
                await call(
                  '/jeunes',
                  jeuneBody({
                    nom: `Banc${i + k}`,
                    prenom: `Jeune${i + k}`,
                    email: `jeune${i + k}@banc-tri.test`,
                    telephone: `06 12 34 ${String(10 + i + k).padStart(2, '0')} 00`,
                    fichesRome: ['G1803'],
                  }),
                  conseiller,
                )
              ).id as string,
          ),
        )),
      );
    // The MERs as the matcher writes them (MerCreationService): one per (offer, jeune), oldest first.
    const detail = {
      total: 72,
      criteres: Object.fromEntries(
        ['fiche', 'distance', 'diplome', 'experience', 'disponibilite', 'programme', 'attente'].map(
          (c, i) => [c, { note: 0.5 + i / 20, poids: 10 + i, points: 5 + i }],
        ),
      ),
      correspondance: 'exacte',
      fiche: 'G1803',
      rang: 1,
      distanceKm: 4.2,
    };
    await ds.query(
      `INSERT INTO mises_en_relation (proposition_id, offre_id, jeune_id, entreprise_id, structure_id,
         jeune_structure_id, statut, statut_at, score, raisons, detail, origine, created_at, updated_at)
       SELECT gen_random_uuid(), o.id, j.id, $3, $4, $4, 'proposee',
         now() - (row_number() OVER ()) * interval '1 minute', 60 + (random() * 39)::int,
         ARRAY['Métier recherché', 'À 4 km', 'Disponible'], $5::jsonb, 'matcher',
         now() - (row_number() OVER ()) * interval '1 minute', now()
       FROM unnest($1::uuid[]) AS o(id) CROSS JOIN unnest($2::uuid[]) AS j(id)
       LIMIT $6`,
      [offres, jeunes, e.id, s.id, JSON.stringify(detail), PROPOSITIONS],
    );
    await ds.query('ANALYZE');

    const LIGNES = Math.min(PAR_PAGE, PROPOSITIONS);
    const explain = await expliquer(ds, s.id);
    // The API alone, from Node.
    const apiCalls: number[] = [];
    for (let i = 0; i < API_CALLS + 3; i++) {
      const t0 = performance.now();
      const res = await fetch(base + FILE, { headers: { authorization: `Bearer ${cre}` } });
      const file = (await res.json()) as { items: unknown[]; toutes: number };
      if (file.toutes !== PROPOSITIONS || file.items.length !== LIGNES)
        throw new Error(`file : ${file.toutes}, ${file.items.length}`);
      if (i >= 3) apiCalls.push(performance.now() - t0); // three warm-up calls
    }

    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'fr-FR',
    });
    const session = await context.request.post(`${base}/auth/session`, {
      data: { email: 'cre@banc-tri.test', password: PASSWORD },
    });
    if (!session.ok()) throw new Error(`session ${session.status()}`);
    const page = await context.newPage();
    const shown: number[] = [];
    for (let run = 0; run < RUNS + 1; run++) {
      await page.goto('about:blank');
      await page.goto(`${base}/portail/ml/tri`);
      await page.waitForFunction(
        ([n, total]) =>
          document.querySelectorAll('main tbody tr').length === n &&
          !!document
            .getElementById('file-resume')
            ?.textContent?.startsWith(`${total} propositions`),
        [LIGNES, PROPOSITIONS],
        { timeout: 60_000 },
      );
      shown.push(await page.evaluate(() => performance.now()));
    }
    const cold = shown.shift()!;
    // The page's calls alone, from the same page: session and identity, then the queue.
    const api: number[] = [];
    for (let run = 0; run < RUNS; run++)
      api.push(
        await page.evaluate(
          async ([url, n]) => {
            const t0 = performance.now();
            const get = (p: string) =>
              fetch(p, { credentials: 'same-origin' }).then((r) => r.json());
            await Promise.all([get('/auth/session'), get('/portail-identite?code=ml-banc-tri')]);
            const file = await get(url);
            if (file.items.length !== n) throw new Error(`file ${file.items.length}`);
            return performance.now() - t0;
          },
          [FILE, LIGNES] as const,
        ),
      );
    const pageMs = median(shown);
    const apiMs = median(api);
    const apiP95Ms = p95(apiCalls);
    const result = {
      bench: 'portail-tri',
      propositions: PROPOSITIONS,
      lignesAffichees: LIGNES,
      runs: RUNS,
      apiCalls: API_CALLS,
      pageColdMs: Math.round(cold),
      pageMs: Math.round(pageMs),
      apiPageMs: Math.round(apiMs),
      ratio: +(pageMs / apiMs).toFixed(2),
      apiP50Ms: Math.round(median(apiCalls)),
      apiP95Ms: Math.round(apiP95Ms),
      explain,
      goals: { ratio: 2, apiP95Ms: 100 },
      met: { ratio: pageMs / apiMs <= 2, apiP95Ms: apiP95Ms < 100 },
      ok: pageMs / apiMs <= 2 && apiP95Ms < 100,
    };
    console.log(
      `File de tri avec ${PROPOSITIONS} propositions, sa première page (${LIGNES} lignes) : ${result.pageMs} ms (premier chargement ${result.pageColdMs} ms) ; ses appels d'API seuls : ${result.apiPageMs} ms ; rapport ${result.ratio}`,
    );
    console.log(
      `API de la file (${API_CALLS} appels) : p50 ${result.apiP50Ms} ms, p95 ${result.apiP95Ms} ms`,
    );
    console.log(
      `SQL (EXPLAIN ANALYZE) : page ${explain.page.ms} ms (${explain.page.index}), comptes ${explain.comptes.ms} ms (${explain.comptes.index})`,
    );
    console.log(JSON.stringify(result));
  } finally {
    await browser.close();
    await app.close();
    await ds.destroy();
    await admin(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

/**
 * `npm run bench:rapport -- --structures 436 [--offres 180 --mer 380 --pmsmp 850 --messages 20000]`:
 * a national year written into the modules' tables, the read model rebuilt from their history
 * (the rebuild command's service), then one structure's yearly report (p95 over --runs
 * structures) and the national report, against the same figures by plain SQL over the source
 * tables (ratio), and the delay from an event in the outbox to its figure (real relay, BullMQ
 * and subscriber in-process). The national report is timed cold (every structure's part computed
 * and kept), as served (the kept parts merged) and after the events; the default report (this
 * year and the last) cold, then after the worker's warm-up. `--keep` leaves the
 * database, `--base <name>` reuses it. Last line: JSON with `goals`, `met` and `ok`.
 *
 * Profile at 436 structures (1 Dec 2026, 2 cores shared with 4 other sessions, load 7–15):
 * - sources (bench/rapport/source-data.ts, INSERT … SELECT generate_series, secondary indexes
 *   built after the load): 538 s, 60 % of it the 8.7 M messages. With the indexes kept during
 *   the load the messages alone ran over 10 minutes.
 * - read model, 16.1 M facts (11.7 M message statuses, 3.3 M PMSMP, 0.8 M MER): the rebuild
 *   service writes 6.6 k facts/s (offers, MER) to 7.4 k/s (messages) at that size, about 40 min
 *   in all: per fact its unique source key, and per message sent its two contacts rows (the
 *   largest share); reading the histories is ~10 % (indexes on (at, id), migration
 *   1795620000000). At 10 structures it writes 17–25 k/s: at national size the unique index on
 *   `source` (16 M random keys) no longer stays in shared buffers. Its three streams side by
 *   side gave ×1.1–1.3 (noisy). `--faits sql` writes the same read model (same `empreinte`) in
 *   580 s.
 * - one structure's yearly report, cold (its part computed and kept): p95 56 ms, 18 small
 *   queries in parallel; « offres terminées avec un recrutement » was 14 of them → 2 ms with its
 *   partial index (migration 1795621000000: p95 202 → 56 ms). Plain SQL on the sources: 159 ms.
 * - national report: cold 6.9 s (436 parts in one set-based pass, then kept), as served 160 ms
 *   (the kept parts merged), 1.2 s after 5 events (their structure's part recomputed, the
 *   others read); plain SQL on the sources 13.6 s (×85). Event → figure ≤ 172 ms.
 */
import 'reflect-metadata';
import {
  CoreModule,
  dataSourceOptions,
  DOMAIN_EVENT,
  JOB,
  JobHandlerRegistry,
  OutboxEvent,
  OutboxRelayModule,
  QUEUE,
} from '@app/core';
import {
  FaitsSubscriber,
  PartsDefautService,
  PilotageRebuildModule,
  PilotageRebuildService,
  PilotageModule,
  RapportService,
} from '@app/pilotage';
import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Module, OnModuleInit } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createHash, randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { queueProcessor } from '../apps/worker/src/queue-processor';
import { clearRedisPrefix } from '../test/support/test-context';
import { ADMIN_DATABASE_URL, databaseUrl, REDIS_URL } from '../test/support/test-env';
import { p95 } from './messaging-sinks';
import { rapportSource } from './rapport/source-sql';
import { faitsParSql, genererSources, Tailles } from './rapport/source-data';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const T: Tailles = {
  structures: arg('structures', 436),
  offres: arg('offres', 180),
  mer: arg('mer', 380),
  pmsmp: arg('pmsmp', 850),
  messages: arg('messages', 20000),
};
const RUNS = arg('runs', 40);
/** `--keep`: leave the database for EXPLAIN (its name on stderr). */
const KEEP = process.argv.includes('--keep');
/** `--base <name>`: reuse a database kept by `--keep` (no generation; its facts kept if any). */
const BASE = (() => {
  const i = process.argv.indexOf('--base');
  return i > 0 ? process.argv[i + 1] : null;
})();
/** `--faits sql`: write the read model set-based instead of through the rebuild service. */
const FAITS_SQL = process.argv.includes('sql');
const ANNEE = { du: '2025-01-01', au: '2025-12-31' };
const FROM = new Date('2024-12-31T23:00:00Z');
const TO = new Date('2025-12-31T23:00:00Z');
const log = (s: string) => process.stderr.write(`${s}\n`);

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: ADMIN_DATABASE_URL });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

/**
 * The worker's events path only: relay, events queue, the pilotage subscribers; and the job
 * keeping the default parts up to date after facts (maintenance queue).
 */
@Injectable()
class Abonnements implements OnModuleInit {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly faits: FaitsSubscriber,
    private readonly parts: PartsDefautService,
  ) {}
  onModuleInit(): void {
    this.registry.subscribe(DOMAIN_EVENT.OFFRE_TRANSITION, (e) => this.faits.offre(e));
    this.registry.register(JOB.PILOTAGE_PARTS, (d) => this.parts.garder(d.structureId, d.annee));
  }
}

async function timed<T>(fn: () => Promise<T>): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

async function main(): Promise<void> {
  const name = BASE ?? `mlbench_rapport_${Date.now().toString(36)}`;
  if (!BASE) await admin(`CREATE DATABASE "${name}"`);
  const url = databaseUrl(name);
  const env = {
    DATABASE_URL: url,
    REDIS_URL,
    REDIS_PREFIX: name,
    LOG_LEVEL: 'warn',
    DEV_SURFACES: 'true',
    OUTBOX_POLL_MS: '50',
  };
  try {
    const migrate = new DataSource({ ...dataSourceOptions(url), logging: ['error'] });
    await migrate.initialize();
    await migrate.runMigrations({ transaction: 'each' });
    let t0 = Date.now();
    if (!BASE) await genererSources(migrate, T);
    const generation = (Date.now() - t0) / 1000;
    log(`sources générées en ${generation} s`);
    await migrate.destroy();

    @Module({
      imports: [
        CoreModule.forRoot('worker', env),
        PilotageRebuildModule,
        OutboxRelayModule,
        PilotageModule,
      ],
      providers: [
        FaitsSubscriber,
        Abonnements,
        queueProcessor(QUEUE.EVENTS),
        queueProcessor(QUEUE.MAINTENANCE),
      ],
    })
    class BenchModule {}
    const app = await NestFactory.createApplicationContext(BenchModule, { logger: ['error'] });
    try {
      const ds = app.get(DataSource);
      t0 = Date.now();
      const [{ dejaLa }] = await ds.query(
        `SELECT count(*)::int AS "dejaLa" FROM pilotage_faits WHERE nature = 'offre'`,
      );
      const rebuild =
        FAITS_SQL || dejaLa
          ? { ajoutes: dejaLa ? 'gardés' : 'sql' }
          : await app.get(PilotageRebuildService).reconstruire();
      if (FAITS_SQL && !dejaLa) await faitsParSql(ds);
      const rebuildS = (Date.now() - t0) / 1000;
      const [{ faits }] = await ds.query('SELECT count(*)::int AS faits FROM pilotage_faits');
      await ds.query('ANALYZE');
      log(`lecture reconstruite : ${faits} faits en ${rebuildS} s`);

      const ids: string[] = (
        await ds.query('SELECT structure_id FROM pilotage_adhesions ORDER BY 1')
      ).map((r: { structure_id: string }) => r.structure_id);
      const rapports = app.get(RapportService);
      const pick = (k: number) => ids[(k * 7919) % ids.length];
      await rapports.pour([pick(0)], ANNEE); // warm-up
      const structure: number[] = [];
      const source: number[] = [];
      for (let k = 0; k < RUNS; k++) {
        structure.push(await timed(() => rapports.pour([pick(k)], ANNEE)));
        // Twice, as the report computes the period and the one before.
        source.push(
          await timed(() =>
            Promise.all([
              rapportSource(ds, [pick(k)], FROM, TO),
              rapportSource(ds, [pick(k)], new Date('2023-12-31T23:00:00Z'), FROM),
            ]),
          ),
        );
      }
      // Cold: every structure's part computed in one set-based pass, and kept; then as served:
      // the kept parts merged (a new fact makes only its structure's part stale).
      const nationalFroid = await timed(() => rapports.pour(ids, ANNEE));
      const national = await timed(() => rapports.pour(ids, ANNEE));
      // The same national figures whichever way the read model was written (compare runs).
      const empreinte = createHash('sha1')
        .update(JSON.stringify((await rapports.pour(ids, ANNEE)).indicateurs))
        .digest('hex')
        .slice(0, 12);
      const nationalSource = await timed(() =>
        Promise.all([
          rapportSource(ds, ids, FROM, TO),
          rapportSource(ds, ids, new Date('2023-12-31T23:00:00Z'), FROM),
        ]),
      );

      // The default report (this year and the last, as the portal asks it): its first request
      // cold (every part computed on the request, as before the worker's job), then the
      // worker's warm-up on an empty store and the first request after it.
      const annee = String(new Date().getFullYear());
      const courant = { du: `${annee}-01-01`, au: `${annee}-12-31` };
      await ds.query('DELETE FROM pilotage_syntheses');
      const defautFroid = await timed(() => rapports.pour(ids, courant));
      await ds.query('DELETE FROM pilotage_syntheses');
      const prechauffage = await timed(() => app.get(PartsDefautService).prechauffer());
      const defautChaud = await timed(() => rapports.pour(ids, courant));

      // An event to its figure: an offer entered now, in the outbox, until the report counts it.
      const delais: number[] = [];
      for (let k = 0; k < 5; k++) {
        const avant = (await rapports.pour([ids[0]], courant)).indicateurs.find(
          (i) => i.code === 'offres_recues',
        )!.valeur!;
        const offreId = randomUUID();
        const started = Date.now();
        await ds.getRepository(OutboxEvent).insert({
          type: DOMAIN_EVENT.OFFRE_TRANSITION,
          aggregateId: offreId,
          payload: {
            transitionId: randomUUID(),
            offreId,
            structureId: ids[0],
            entrepriseId: randomUUID(),
            action: 'creation',
            fromStatut: null,
            toStatut: 'brouillon',
            byUserId: null,
            codeRome: 'K1302',
            typeContrat: 'CDD',
            at: new Date().toISOString(),
          } as never,
        });
        for (;;) {
          const r = await rapports.pour([ids[0]], courant);
          if (r.indicateurs.find((i) => i.code === 'offres_recues')!.valeur === avant + 1) break;
          if (Date.now() - started > 30000) throw new Error('event not counted within 30 s');
          await new Promise((r) => setTimeout(r, 20));
        }
        delais.push(Date.now() - started);
      }
      // After the events: their structure's part is stale, recomputed; the others are read.
      const nationalApres = await timed(() => rapports.pour(ids, ANNEE));
      // Once the worker's job ran (a window after the last event), the default report is warm.
      const maintenance = app.get<Queue>(getQueueToken(QUEUE.MAINTENANCE));
      const t1 = Date.now();
      while ((await maintenance.getJobCountByTypes('waiting', 'active', 'delayed')) > 0) {
        if (Date.now() - t1 > 60000) throw new Error('parts jobs not done within 60 s');
        await new Promise((r) => setTimeout(r, 50));
      }
      const defautApres = await timed(() => rapports.pour(ids, courant));
      const structureP95 = p95(structure);
      const sourceP95 = p95(source);
      const round = (n: number) => Math.round(n * 10) / 10;
      const met = {
        structureP95Ms: structureP95 <= 150,
        nationalMs: Math.max(national, nationalApres, defautChaud, defautApres) <= 2000,
        evenementVersChiffreMs: Math.max(...delais) <= 5000,
      };
      process.stdout.write(
        `${JSON.stringify({
          tailles: T,
          faits,
          generationSecondes: generation,
          rebuild: {
            secondes: rebuildS,
            faitsParSeconde: Math.round(faits / rebuildS),
            ajoutes: rebuild.ajoutes,
            ...('ms' in rebuild ? { ms: rebuild.ms } : {}),
          },
          rapportStructure: {
            p95Ms: round(structureP95),
            runs: RUNS,
            objectifMs: 150,
            atteint: structureP95 <= 150,
          },
          rapportNational: {
            ms: round(national),
            froidMs: round(nationalFroid),
            apresEvenementsMs: round(nationalApres),
            defaut: {
              premiereDemandeFroideMs: round(defautFroid),
              prechauffageMs: round(prechauffage),
              premiereDemandeApresPrechauffageMs: round(defautChaud),
              apresEvenementsEtJobMs: round(defautApres),
            },
            objectifMs: 2000,
            atteint: national <= 2000,
            empreinte,
          },
          sqlSurSources: { structureP95Ms: round(sourceP95), nationalMs: round(nationalSource) },
          ratio: {
            structure: round(sourceP95 / structureP95),
            national: round(nationalSource / national),
          },
          evenementVersChiffre: {
            maxMs: Math.max(...delais),
            delais,
            objectifMs: 5000,
            atteint: Math.max(...delais) <= 5000,
          },
          goals: { structureP95Ms: 150, nationalMs: 2000, evenementVersChiffreMs: 5000 },
          met,
          ok: Object.values(met).every(Boolean),
        })}\n`,
      );
    } finally {
      await app.close();
    }
  } finally {
    await clearRedisPrefix(name);
    if (KEEP || BASE) log(`base conservée : ${name}`);
    else await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

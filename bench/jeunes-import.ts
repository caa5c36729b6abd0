/**
 * `npm run bench:jeunes-import -- --rows 100000`: generates an export of N jeunes, imports it
 * as production does on a scratch database (migrated by a process of its own, dropped at the
 * end), then imports it again (every row unchanged). As production does: the upload stored piece
 * by piece by the API's service (in this process), then the job run by the compiled worker
 * (`nest build worker`, then `node dist/…/main.js` as `npm start` and the image start it, no
 * ts-node) in a process of its own. The baseline, measured in the same run on the same file and
 * database, is the bare minimum: parse the CSV and multi-row INSERT the raw cells, without
 * validation, référentiels, history, audit or events. Last line: JSON { bench, ..., goals, met, ok }.
 *
 * Peak RSS and `importCpuMs`: the worker's (VmHWM and utime + stime from /proc, its start
 * included), not this process's; `rssAvantImportMb`: the idle worker. `baselineCpuMs`: this
 * process's CPU during the baseline. CPU time is steadier than wall time on a loaded machine.
 * `--skip-build`: the worker already built. `--dans-ce-processus`: the job run by this process
 * instead, traced (`profil`: round trips and their time in flight, time per phase); its RSS then
 * includes ts-node's TypeScript and the bench app.
 *
 * Profile (2026-12-01, 2-core machine shared with 4 other sessions, load 9-17):
 * - Before (issue 16): 60.3 s and 741 MB for 100,000 rows, ratio 8.3; 537 s under load 15-20.
 *   `node --cpu-prof` at 20,000 rows: row validation (plainToInstance + validateSync) ≈ 40 % of
 *   Node's CPU, then GC, the COPY text, the plan; libphonenumber ran 3 times per row (the
 *   DTO's transform, its validator, then resolveValues). Round trips "in flight" were mostly
 *   waits for the event loop: the parsing never left the microtask queue while a batch was
 *   written (the lookup of existing jeunes showed 270-500 ms in flight; EXPLAIN ANALYZE
 *   of `structure_id = $1 AND id_externe = ANY($2) FOR UPDATE`, 2,500 ids among 20,000 rows:
 *   2 ms absent, 12 ms present, index scan on UQ_jeunes_structure_id_externe), and each stored
 *   1 MB piece was read only once the previous one was parsed (21 reads, 12 s in flight under
 *   load 12).
 * - After: rows pass a quick check built from class-validator's own functions (the DTO only for
 *   the rows it refuses, which keeps its wording; a spec ties the check to the DTO's metadata),
 *   one phone parse per row, the parsing yields to the event loop every 100 rows, the next piece
 *   is read ahead, one array parameter for the lookup, no object rest per row, known ROME codes
 *   checked without an await.
 *   100,000 rows, three runs under load 7-11: import 31.2 s, 39.7 s, 56.8 s (upload 1.3-2.3 s),
 *   re-import 19-27 s, baseline 10.4 s, 8.9 s, 12.7 s: ratio 3.0, 4.4, 4.5 (8.3 before); Node's
 *   CPU 15.1-17.1 s against 1.7-1.8 s for the baseline (150-170 µs a row); ≈ 660 round trips,
 *   16-33 s in flight (57-88 s before), INSERT jeunes 40 × 120-170 ms, consents 40 × 80-120 ms.
 *   CPU left (`--cpu-prof`, 20,000 rows, both imports): GC ≈ 30 %, the row loop with
 *   resolveValues ≈ 8 %, the COPY text ≈ 6 %, the plan ≈ 6 %, csv-parse ≈ 5 %, the quick check
 *   ≈ 3 % (phone numbers, ISO dates). At 155 µs a row the goal (20 s) needs an idle machine and
 *   less garbage per row (csv-parse's info object, the plan's copies, the COPY strings).
 * - RSS, in the bench process (before this run of the issue): 680-694 MB peak, 263-359 MB of it
 *   before the import (ts-node's TypeScript and the app), +386-420 MB of V8 heap slack.
 * - RSS, as deployed (2026-12-01 evening, load 12-20, every figure noisy): the job now runs in
 *   the compiled worker, whose idle RSS is 170 MB (≈ 50 MB of heap, the rest code and native
 *   modules). Unchanged code: peak 586-597 MB (+415-426), worker CPU 21.8-29.3 s. `--trace-gc`:
 *   after each full GC ≈ 85-110 MB live (the report's lines and the duplicate map grow with the
 *   rows, ≈ 20 MB at 100,000; two batches in flight), but V8 let the old generation grow to ≈ 4
 *   times that (430 MB) between full GCs: the batches live long enough to be promoted, then die
 *   there. Changes: the worker sets `--heap-growing-percent=50` (apps/worker/src/main.ts, read by
 *   V8 at each GC, WORKER_HEAP_GROWING_PERCENT to change it) and batches of 1,000 rows (2,500).
 *   Peak 348 MB with the flag alone, 320-326 MB with both (+149-157); at 30,000 rows 292-293 MB
 *   against 433-460 MB. Cost, A/B at 30,000 rows (two runs each, load 14-17): worker CPU 10.3 and
 *   12.9 s against 9.6 and 11.6 s with V8's default (+9 % on the means, within the noise: the
 *   baseline's CPU moved by 30 % between runs); 42-48 full GCs instead of 10 for both imports.
 *   At 100,000 rows under load 15 (jest running too): worker CPU 29.4 s, baseline 3.2 s.
 *   exceljs then loaded on the first export instead of at boot (offres, pilotage): idle worker
 *   161 MB (171), heap at boot 49 MB (56); peak 329 MB under load 6-12 (CPU 24.5 s, baseline
 *   2.7 s), i.e. no gain on the peak beyond the noise.
 *   Left above the goal: ≈ 20 MB; the report's lines (objects per row, kept until the end) and
 *   the idle worker (170 MB) are what remains to shrink; `--max-old-space-size` was not kept (a
 *   hard cap fails a 100 MB file, whose report alone outgrows it).
 */
/* Session 6 (2026-12-01 night; load 7-20 all along: 2 cores shared by five sessions, every wall
 *   time 3-15 times the idle VM's; CPU and GC figures inflated and noisy too):
 * - Profiling the compiled worker: BENCH_WORKER_NODE_ARGS="--cpu-prof --cpu-prof-dir=<dir> -r
 *   <abs path>/bench/jeunes-import/worker-sortie.js" (the preload turns Nest's re-raised SIGTERM
 *   into exit(0), so that the profile is written); BENCH_GC_LOG=<file> appends the worker's GC
 *   counts and times at exit (the count of scavenges follows the garbage, not the load).
 * - Kept: csv-parse driven directly on 64 kB slices (its `info` option built two 12-property
 *   objects per record for the line number, and each record went through an object stream and
 *   two async iterators: now the line is read as each record ends, one async step per slice), and
 *   a parsed row's object cloned from a template of the header's fields. Parsing alone (readCsv +
 *   parseRow, 30,000 rows, no database, load 16-19, three passes each): CPU 1.5-2.3 s against
 *   2.0-3.3 s, 48-49 scavenges against 58-59, 247 MB promoted against 342 (`--trace-gc-nvp`).
 *   The whole bench with it (100,000 rows, load 10 falling to 2): import 58.3 s, worker CPU
 *   27.6 s, peak RSS 310 MB (161 idle), 906 scavenges and 46 full GCs for both imports; the old
 *   code, same VM, load 15: 25.8 s CPU, 324 MB; side by side under load 15-20: 29.9-31.0 s CPU,
 *   315-319 MB, 987-1,001 scavenges, 48-49 full GCs. No CPU gain shows above this noise.
 * - Found (`--cpu-prof`, 20,000 rows): objects in V8's dictionary mode per row. Stores by a
 *   computed key that add properties (`out[k] = v`) make an object a dictionary past ~16 of them,
 *   and so does TypeORM's hydration (Object.create, a store per column); spreading one costs
 *   10-30 µs. `{ ...(current ?? SAISIE_PAR_DEFAUT), ...row.saisie }` was 72 % of the service's
 *   `write` self time, `{ ...current, ...values }` nearly all of plan.update's; pick() made them.
 * - Tried, NOT kept (branch wt-import-experiment, commits e4432f4.., for whoever picks it up):
 *   fast objects for those (templates cloned, then stored into), the report's lines in a compact
 *   journal (per row one integer, the external id, 16 bytes of UUID; its JSON written straight
 *   into the UPDATE), COPY cell writers chosen per column. Old and new code side by side at
 *   100,000 rows (same load): worker CPU 34.7 s vs 29.9 s (load 18-20) and 35.6 s vs 31.0 s (load
 *   15-16); peak RSS 312 vs 315 MB and 330 vs 319 MB; the re-import faster (124-196 s vs 141-235
 *   s). Both made ≈ 1,000 scavenges, but the new code 73-77 full GCs against 48-49 (≈ 125 ms
 *   each: the +4-5 s of CPU), unexplained yet: not the CSV slices (8 kB slices: still 74). A
 *   smaller live heap under --heap-growing-percent=50 gives a lower limit, hence more full GCs,
 *   if their cost does not shrink with it: to check with --trace-gc-nvp on an idle machine.
 * - Under this load the scavenges' main-thread time is 31-101 s for the two imports (the parallel
 *   scavenger waits for helper threads that cannot run): the wall times say nothing of an idle VM.
 */
/* Session 7 (2026-12-02, load 6-11 all along: every wall time 2-4 times an idle VM's; worker CPU
 *   and GC counts compared A/B, main's code in a worktree of its own, runs alternated):
 * - Profile of main's code (`--cpu-prof`, 20,000 rows, both imports): the row loop 28 % (the quick
 *   check 17 %, of it libphonenumber 8.5 %), the service's write 15 % (its self time the spread of
 *   the entry over a dictionary-mode object), the plan's update 5 %, the COPY text of six tables
 *   4 %, GC 9.5 %.
 * - Kept: (1) only the jeunes' rows are staged (one COPY into staging_import_jeunes), with per row
 *   the flags the SQL needs (new or not, a consent to log per channel, the status before, the
 *   audited fields, an event or not); one statement with data-modifying CTEs writes the jeunes and
 *   derives the consent history, the status log, the audit and the outbox events from the staging
 *   table (gen_random_uuid()): no object, UUID or COPY text per side row, 3 round trips a batch
 *   instead of ≈ 18. The same rows as before: test/jeunes-import-historique.e2e-spec.ts, written
 *   first and passing on main's code. (2) The entry merged as one object literal of its 24 fields
 *   (mergeSaisie) and the derived values as a literal read beside it (deriveValues), no spread of
 *   a hydrated entity. (3) parseTelephone asks the number's type once (isValid() ran the same
 *   matching again): 20.9 → 15.8 µs CPU a number, same answers on 1,000,000 random inputs.
 *   A/B at 100,000 rows (two runs each, load 7-9): worker CPU 19.8 and 20.3 s against 36.6 and
 *   36.9 s (−45 %); import 73.6 and 81.2 s against 101.6 and 134.1 s; 647-649 scavenges and 24
 *   full GCs against 896-900 and 46-47; peak RSS 314 and 308 MB against 303 and 305 (162 idle).
 *   At 20,000 rows: CPU 5.3 and 4.9 s against 8.1 and 8.4 s, RSS 242 and 281 against 314 and 292.
 *   The write left (profile): 7.6 % of the CPU, mostly TypeORM hydrating the existing jeunes on a
 *   re-import; the quick check (20 %, libphonenumber 9 % of it, isEmail, ISO dates) and csv-parse
 *   (6.5 %) lead; GC 8.4 %.
 * - Peak RSS is 5-10 MB above main's, still just over the goal: the same live set at the end (the
 *   report's lines, the duplicate map), fewer full GCs. WORKER_HEAP_GROWING_PERCENT=30 (not kept):
 *   294 and 307 MB (the second run beside jest), worker CPU 21.5 and 25.9 s, 39 and 43 full GCs.
 * - Tried, NOT kept: `--max-semi-space-size=64` (batches dying young): 20,000 rows, one run, CPU
 *   4.65 s against 5.32 s but peak RSS 412 MB (219 idle: the young generation is reserved up
 *   front); COPY lines joined every 64 kB so that each row's rope of cells dies young (branch
 *   wt-import-flatten): 100,000 rows, RSS 310 MB, CPU 22.6 s, 635 scavenges: no gain shown.
 *   Not tried: a French fast path before libphonenumber (its answers must stay the library's),
 *   a raw lookup of the existing jeunes instead of TypeORM's hydration (re-import only).
 */
import 'reflect-metadata';
import { StructuresService, UsersService } from '@app/accounts';
import { CoreModule, QUEUE, Role } from '@app/core';
import { JeunesImportJobs, JeunesModule } from '@app/jeunes';
import { MessagingModule } from '@app/messaging';
import { getQueueToken } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { parse } from 'csv-parse';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFileSync, createReadStream, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { IMPORT_HEADER, importRow, toCsv } from '../test/support/jeunes-csv';
import { buildWorker } from './jeunes-import/compiled-worker';
import { dansCeProcessus, dansLeWorker } from './jeunes-import/passages';
import { ADMIN_DATABASE_URL, databaseUrl } from '../test/support/test-env';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROWS = arg('rows', 100_000);
const DANS_CE_PROCESSUS = process.argv.includes('--dans-ce-processus');
const SKIP_BUILD = process.argv.includes('--skip-build');
const CONSEILLER = 'conseiller@bench.test';

/** CPU milliseconds of this process since `from`. */
function cpuMs(from: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(from);
  return Math.round((user + system) / 1000);
}

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: ADMIN_DATABASE_URL });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

/** Parse + multi-row INSERT of the raw cells: what any import costs at the least. */
async function baseline(file: string, ds: DataSource, structureId: string): Promise<number> {
  const started = performance.now();
  const parser = createReadStream(file).pipe(parse({ delimiter: ';', from_line: 2 }));
  let batch: unknown[][] = [];
  const flush = async () => {
    const params: unknown[] = [];
    const values = batch.map((r) => {
      params.push(randomUUID(), structureId, ...r);
      const n = params.length;
      return `($${n - 8}, $${n - 7}, $${n - 6}, $${n - 5}, $${n - 4}, $${n - 3}::date, 2000, $${n - 2}, $${n - 1}, string_to_array($${n}, '|')::char(5)[], now(), 1)`;
    });
    await ds.query(
      `INSERT INTO jeunes (id, structure_id, id_externe, nom, prenom, date_naissance, annee_naissance,
         email, telephone, fiches_rome, derniere_activite_at, row_version) VALUES ${values.join(', ')}`,
      params,
    );
    batch = [];
  };
  for await (const r of parser as AsyncIterable<string[]>) {
    const [d, m, y] = r[3].split('/');
    batch.push([r[0], r[1], r[2], `${y}-${m}-${d}`, r[4], r[5], r[9]]);
    if (batch.length === 1000) await flush();
  }
  if (batch.length) await flush();
  return performance.now() - started;
}

/** Written 10,000 rows at a time: the generated rows are not in memory while the import runs. */
function writeFile(file: string): void {
  writeFileSync(file, toCsv([IMPORT_HEADER]));
  for (let from = 0; from < ROWS; from += 10_000) {
    const rows = [];
    for (let i = from; i < Math.min(ROWS, from + 10_000); i++) rows.push(importRow(i, CONSEILLER));
    appendFileSync(file, toCsv(rows));
  }
}

async function main(): Promise<void> {
  if (!DANS_CE_PROCESSUS && !SKIP_BUILD) buildWorker();
  const file = join(tmpdir(), `jeunes-${ROWS}-${process.pid}.csv`);
  writeFile(file);
  const name = `mlbench_${Date.now().toString(36)}`;
  await admin(`CREATE DATABASE "${name}"`);
  const url = databaseUrl(name);
  const migration = spawnSync(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      'bench/migrate.ts',
      url,
    ],
    { stdio: 'inherit' },
  );
  if (migration.status !== 0) throw new Error('migrations en échec');

  @Module({
    imports: [
      CoreModule.forRoot('cli', {
        DATABASE_URL: url,
        LOG_LEVEL: 'warn',
        REDIS_PREFIX: name,
        DEV_SURFACES: 'true',
      }),
      MessagingModule,
      JeunesModule,
    ],
  })
  class BenchModule {}
  const app = await NestFactory.createApplicationContext(BenchModule, {
    logger: ['error', 'warn'],
  });
  try {
    const ds = app.get(DataSource);
    const structure = await app
      .get(StructuresService)
      .upsertByCode({ code: 'bench', nom: 'ML Bench' });
    const user = await app.get(UsersService).create({
      structureId: structure.id,
      email: CONSEILLER,
      role: Role.CONSEILLER,
      prenom: 'C',
      nom: 'B',
      password: 'mot-de-passe-bench',
    });
    const jobs = app.get(JeunesImportJobs);
    const ctx = { structureId: structure.id, actor: { userId: user.id, role: 'admin' } };
    const mesure = DANS_CE_PROCESSUS
      ? await dansCeProcessus(app, ds, jobs, file, ctx)
      : await dansLeWorker(ds, jobs, file, ctx, { DATABASE_URL: url, REDIS_PREFIX: name });
    const { first, second } = mesure;
    await app.get<Queue>(getQueueToken(QUEUE.MAINTENANCE)).obliterate({ force: true });
    const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM jeunes');
    // The baseline last, on an emptied table: its garbage does not count in the import's RSS.
    await ds.query('TRUNCATE jeunes CASCADE');
    const cpuBaseline = process.cpuUsage();
    const baselineMs = await baseline(file, ds, structure.id);
    const baselineCpuMs = cpuMs(cpuBaseline);
    const importMs = Math.round(first.ms);
    const result = {
      bench: 'jeunes-import',
      rows: ROWS,
      fileMb: +(statSync(file).size / 1e6).toFixed(1),
      importMs,
      uploadMs: Math.round(first.uploadMs),
      rowsPerSecond: Math.round(ROWS / (importMs / 1000)),
      reimportMs: Math.round(second.ms),
      baselineMs: Math.round(baselineMs),
      // Node's CPU time (user + system): steadier than wall time on a loaded machine.
      importCpuMs: first.cpuMs,
      baselineCpuMs,
      cpuRatioVsBaseline: +(first.cpuMs / baselineCpuMs).toFixed(2),
      ratioVsBaseline: +(importMs / baselineMs).toFixed(2),
      crees: first.rapport.crees,
      rejetes: first.rapport.rejetes,
      inchangesSecondRun: second.rapport.inchanges,
      jeunesInDatabase: n,
      progressionVueEnCours: first.progresVu,
      // The process that ran the job: the compiled worker (default) or this one.
      processus: mesure.processus,
      peakRssMb: mesure.peakRssMb,
      rssAvantImportMb: mesure.rssAvantMb,
      rssImportMb: mesure.peakRssMb - mesure.rssAvantMb,
      profil: first.profil,
      goals: { importS: 20, peakRssMb: 300 },
      met: { importS: importMs <= 20_000, peakRssMb: mesure.peakRssMb <= 300 },
      ok: false,
    };
    result.ok = result.met.importS && result.met.peakRssMb && result.rejetes === 0;
    console.log(
      `Import of ${ROWS} rows (${result.fileMb} MB): ${result.importMs} ms, ${result.rowsPerSecond} rows/s`,
    );
    console.log(`Same file again (all unchanged): ${result.reimportMs} ms`);
    console.log(
      `Baseline (parse + bare multi-row INSERT): ${result.baselineMs} ms; ratio ${result.ratioVsBaseline}`,
    );
    console.log(JSON.stringify(result));
  } finally {
    await app.close();
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    rmSync(file, { force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

/**
 * `npm run bench:jeunes-import -- --rows 100000`: generates an export of N jeunes, imports it
 * as production does (the upload stored piece by piece, then the job, streaming) on a scratch
 * database (migrated by a process of its own, dropped at the end), then imports it again (every
 * row unchanged). The baseline, measured in the same run on the same file and database, is the
 * bare minimum: parse the CSV and multi-row INSERT the raw cells, without validation,
 * référentiels, history, audit or events. `profil`: round trips and their time in flight, time
 * per phase (parsing and validation, writes). Peak RSS: the whole process, and above what it held
 * before the import. Last line: JSON { bench, ..., goals, met, ok }.
 *
 * Profile of one run (2026-12-01, 2-core machine shared with ~7 busy sessions, load 15-20):
 * - 5,000 rows: import 39.1 s (upload 2.9 s), re-import 15.8 s, bare INSERT 5.7 s (ratio 6.8);
 *   62 round trips (COPY path: create/truncate staging, COPY, INSERT … SELECT per table and
 *   batch); peak RSS 363 MB of which 246 MB before the import (ts-node and the app) and 117 MB
 *   during it. 100,000 rows: the first import (job path) 537 s under that load.
 * - A CPU profile (`node --cpu-prof`, 20,000 rows, before these changes) put the Node time in
 *   row validation (class-transformer + class-validator ≈ 40 %), building the writes (JSON for
 *   jsonb_populate_recordset ≈ 12 %, now COPY text), the import plan (≈ 10 %) and GC; the
 *   database side waits are the `idle` share. The migrations now run in a child process: their
 *   référentiel seeds no longer count in the bench's RSS.
 */
import 'reflect-metadata';
import { StructuresService, UsersService } from '@app/accounts';
import { CoreModule, QUEUE, Role } from '@app/core';
import { JeunesImportJobs, JeunesImportService, JeunesModule } from '@app/jeunes';
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
import { Phases } from './matching/phases';
import { Trace } from './matching/trace';
import { ADMIN_DATABASE_URL, databaseUrl } from '../test/support/test-env';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROWS = arg('rows', 100_000);
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
    const trace = Trace.installer();
    // Writes (existing rows, référentiels, COPY and set-based statements) run while the next
    // batch is parsed and validated: the phases overlap.
    const phases = new Phases();
    const importer = app.get(JeunesImportService);
    phases.envelopper(
      'import complet (lecture, analyse, validation, écritures)',
      importer,
      'import',
    );
    phases.envelopper('écriture d’un lot (transaction)', importer, 'write');
    // A production run: the upload stored in pieces, then the job (progress in lignes_lues).
    const run = async () => {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const { id } = await jobs.soumettre(createReadStream(file), ctx);
      const uploadMs = performance.now() - started;
      let progres = 0;
      const sondeur = setInterval(() => {
        ds.query('SELECT lignes_lues FROM jeune_imports WHERE id = $1', [id]).then(
          ([r]) => (progres = Math.max(progres, r?.lignes_lues ?? 0)),
          () => undefined,
        );
      }, 500);
      trace.demarrer();
      phases.remettre();
      await jobs.executer(id);
      clearInterval(sondeur);
      const allerRetours = trace.arreter();
      const phasesMs = phases.releve();
      const status = await jobs.statut(id, structure.id);
      return {
        ms: performance.now() - started,
        cpuMs: cpuMs(cpu),
        uploadMs,
        rapport: status.rapport!,
        progresVu: progres,
        allerRetours,
        phasesMs,
      };
    };
    global.gc?.();
    const rssAvant = process.memoryUsage().rss;
    let rss = rssAvant;
    const sampler = setInterval(() => (rss = Math.max(rss, process.memoryUsage().rss)), 50);
    const first = await run();
    const second = await run();
    clearInterval(sampler);
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
      peakRssMb: Math.round(rss / 2 ** 20),
      rssAvantImportMb: Math.round(rssAvant / 2 ** 20),
      rssImportMb: Math.round((rss - rssAvant) / 2 ** 20),
      profil: { allerRetours: first.allerRetours, phasesMs: first.phasesMs },
      goals: { importS: 20, peakRssMb: 300 },
      met: { importS: importMs <= 20_000, peakRssMb: rss / 2 ** 20 <= 300 },
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

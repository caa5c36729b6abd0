/**
 * `npm run bench:jeunes-import -- --rows 100000`: generates an export of N jeunes, imports it
 * through JeunesImportService on a scratch database (created from the migrations, dropped at the
 * end), then imports it again (every row unchanged). The baseline, measured in the same run on
 * the same file and database, is the bare minimum: parse the CSV and multi-row INSERT the raw
 * cells, without validation, référentiels, history, audit or events. Last line: JSON.
 */
import 'reflect-metadata';
import { StructuresService, UsersService } from '@app/accounts';
import { CoreModule, dataSourceOptions, Role } from '@app/core';
import { JeunesImportService, JeunesModule } from '@app/jeunes';
import { MessagingModule } from '@app/messaging';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { parse } from 'csv-parse';
import { randomUUID } from 'node:crypto';
import { createReadStream, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { IMPORT_HEADER, importRow, toCsv } from '../test/support/jeunes-csv';
import { ADMIN_DATABASE_URL, databaseUrl } from '../test/support/test-env';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROWS = arg('rows', 100_000);
const CONSEILLER = 'conseiller@bench.test';

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

async function main(): Promise<void> {
  const file = join(tmpdir(), `jeunes-${ROWS}-${process.pid}.csv`);
  const rows = Array.from({ length: ROWS }, (_, i) => importRow(i, CONSEILLER));
  writeFileSync(file, toCsv([IMPORT_HEADER, ...rows]));
  const name = `mlbench_${Date.now().toString(36)}`;
  await admin(`CREATE DATABASE "${name}"`);
  const url = databaseUrl(name);
  const migrate = new DataSource({ ...dataSourceOptions(url), logging: ['error'] });
  await migrate.initialize();
  await migrate.runMigrations({ transaction: 'each' });
  await migrate.destroy();

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
    const baselineMs = await baseline(file, ds, structure.id);
    await ds.query('TRUNCATE jeunes CASCADE');
    let rss = 0;
    const sampler = setInterval(() => (rss = Math.max(rss, process.memoryUsage().rss)), 50);
    const importer = app.get(JeunesImportService);
    const ctx = { structureId: structure.id, actor: { userId: user.id, role: 'admin' } };
    const first = await importer.import(createReadStream(file), ctx);
    const second = await importer.import(createReadStream(file), ctx);
    clearInterval(sampler);
    const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM jeunes');
    const result = {
      rows: ROWS,
      fileMb: +(statSync(file).size / 1e6).toFixed(1),
      importMs: first.dureeMs,
      rowsPerSecond: Math.round(ROWS / (first.dureeMs / 1000)),
      reimportMs: second.dureeMs,
      baselineMs: Math.round(baselineMs),
      ratioVsBaseline: +(first.dureeMs / baselineMs).toFixed(2),
      crees: first.crees,
      rejetes: first.rejetes,
      inchangesSecondRun: second.inchanges,
      jeunesInDatabase: n,
      peakRssMb: Math.round(rss / 1e6),
    };
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

import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../libs/core/src/database/data-source-options';
import { ADMIN_DATABASE_URL, databaseUrl, TEMPLATE_ENV } from './test-env';

/**
 * Migrates one template database for this run; each test file then copies it
 * (CREATE DATABASE … TEMPLATE), which takes milliseconds instead of re-running migrations.
 * The name is unique per run, so two runs at once do not collide.
 */
export default async function globalSetup(): Promise<void> {
  const name = `mlt_tpl_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  try {
    await dropStale(admin);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const ds = new DataSource({ ...dataSourceOptions(databaseUrl(name)), logging: ['error'] });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  process.env[TEMPLATE_ENV] = name;
}

/** Test databases left by a run that was killed (older than a day) are removed. */
async function dropStale(admin: Client): Promise<void> {
  const { rows } = await admin
    .query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'mlt\\_%'
       AND (pg_stat_file('base/' || oid || '/PG_VERSION')).modification < now() - interval '1 day'`,
    )
    .catch(() => ({ rows: [] as { datname: string }[] }));
  for (const { datname } of rows)
    await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).catch(() => undefined);
}

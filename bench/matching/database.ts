import { dataSourceOptions } from '@app/core';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

/** The admin connection (same default as the tests) and the bench's own database URL. */
export function urls(name: string): { admin: string; db: string } {
  const admin =
    process.env.TEST_DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
  const u = new URL(admin);
  u.pathname = `/${name}`;
  return { admin, db: u.toString() };
}

/** Creates the database if missing and runs the migrations (idempotent). */
export async function prepareDatabase(name: string): Promise<string> {
  const { admin, db } = urls(name);
  const client = new Client({ connectionString: admin });
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const ds = new DataSource({ ...dataSourceOptions(db), logging: ['error'] });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  return db;
}

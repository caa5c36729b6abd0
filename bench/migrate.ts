/**
 * `node … bench/migrate.ts <database url>`: runs the migrations in a process of their own, so that
 * what they load (the communes' référentiel seeds) does not weigh on the benchmark's memory.
 */
import 'reflect-metadata';
import { dataSourceOptions } from '@app/core';
import { DataSource } from 'typeorm';

async function main(): Promise<void> {
  const ds = new DataSource({ ...dataSourceOptions(process.argv[2]), logging: ['error'] });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

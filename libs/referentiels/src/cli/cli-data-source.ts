import 'reflect-metadata';
import { AppConfig, ConfigError, dataSourceOptions, loadConfig } from '@app/core';
import { config as loadDotenv } from 'dotenv';
import { DataSource } from 'typeorm';

/**
 * The import commands need the database only: a bare DataSource from DATABASE_URL, without the
 * Nest app (and so without Redis or SMTP), runs them where only PostgreSQL is reachable.
 */
export async function runWithDataSource<T>(work: (ds: DataSource) => Promise<T>): Promise<T> {
  loadDotenv({ quiet: true });
  const ds = new DataSource({
    ...dataSourceOptions(loadConfig(AppConfig).DATABASE_URL),
    migrations: [],
  });
  await ds.initialize();
  try {
    return await work(ds);
  } finally {
    await ds.destroy();
  }
}

export const print = (line = '') => process.stdout.write(`${line}\n`);

export function fail(error: unknown): never {
  const e = error as NodeJS.ErrnoException;
  const message =
    e?.code === 'ENOENT'
      ? `Fichier introuvable : ${e.path}`
      : error instanceof ConfigError || error instanceof Error
        ? error.message
        : String(error);
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/** Rows set aside, the first few shown: enough to find the problem in the file. */
export function printIgnored(ignorees: { ligne: number; raison: string }[], max = 10): void {
  if (!ignorees.length) return;
  print(`  ${ignorees.length} ligne(s) ignorée(s) :`);
  for (const i of ignorees.slice(0, max))
    print(`    - ${i.ligne ? `ligne ${i.ligne} : ` : ''}${i.raison}`);
  if (ignorees.length > max) print(`    … et ${ignorees.length - max} autre(s)`);
}

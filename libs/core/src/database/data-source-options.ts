import { join } from 'node:path';
import { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** Migrations are the only way the schema changes: `synchronize` is off everywhere. */
export const MIGRATIONS_GLOB = join(__dirname, 'migrations', '*.{ts,js}');

export function dataSourceOptions(
  databaseUrl: string,
  logQueries = false,
): PostgresConnectionOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    synchronize: false,
    migrationsRun: false,
    migrations: [MIGRATIONS_GLOB],
    migrationsTableName: 'migrations',
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    namingStrategy: new SnakeNamingStrategy(),
    // Failed queries surface as errors in the request's log (problem-details filter), once.
    logging: logQueries ? 'all' : ['migration'],
    applicationName: 'ml-service-entreprises',
    extra: { max: 10 },
  };
}

import { Client } from 'pg';
import { ADMIN_DATABASE_URL } from './test-env';

export interface Outage {
  /** Backends terminated when it began. */
  terminated: number;
  /** Resolves once connections are allowed again. */
  over: Promise<void>;
}

/**
 * A database outage for one test database: new connections refused (ALLOW_CONNECTIONS false)
 * and every open one ended with pg_terminate_backend, for `ms`, then connections allowed again.
 */
export async function cutDatabase(name: string, ms: number): Promise<Outage> {
  const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`);
  const { rows } = await admin.query(
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
    [name],
  );
  const over = new Promise((resolve) => setTimeout(resolve, ms))
    .then(() => admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS true`))
    .then(() => undefined)
    .finally(() => admin.end());
  return { terminated: rows.length, over };
}

import { Clock } from '@app/core';
import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { TestContext } from './test-context';
import { waitFor } from './wait-for';

/** One more in-process worker on the test's database and Redis prefix (a second "machine"). */
export async function startWorker(
  ctx: TestContext,
  clock?: Clock,
): Promise<INestApplicationContext> {
  const builder = Test.createTestingModule({ imports: [WorkerModule.forRoot(ctx.env)] });
  if (clock) builder.overrideProvider(Clock).useValue(clock);
  const worker = (await builder.compile()).createNestApplication({ logger: false });
  await worker.init();
  return worker;
}

/**
 * Holds a row lock of matching_jeunes from outside the app, so that a matching job blocks in the
 * middle of its transaction: the test can then kill the worker while the job is really running.
 */
export async function holdJeuneLock(ctx: TestContext, jeuneId: string) {
  const client = new Client({ connectionString: ctx.db.url });
  // The database is dropped at the end of the file, with this client possibly still connected.
  client.on('error', () => undefined);
  await client.connect();
  await client.query('BEGIN');
  await client.query('SELECT 1 FROM matching_jeunes WHERE jeune_id = $1 FOR UPDATE', [jeuneId]);
  return {
    /** Resolves once some other session waits on a lock of matching_jeunes. */
    waiter: () =>
      waitFor(
        async () => {
          // Not on `client`: statistics views are a snapshot for the whole of its transaction.
          const rows: unknown[] = await ctx.dataSource.query(
            `SELECT pid FROM pg_stat_activity WHERE datname = current_database()
             AND wait_event_type = 'Lock' AND query LIKE '%matching_jeunes%FOR UPDATE%'`,
          );
          return rows.length > 0 && rows;
        },
        { what: 'a matching job waiting on the jeune lock', timeoutMs: 60000 },
      ),
    async release(): Promise<void> {
      await client.query('ROLLBACK');
      await client.end();
    },
  };
}

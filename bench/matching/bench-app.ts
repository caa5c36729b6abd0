import { CoreModule } from '@app/core';
import { MatchingModule } from '@app/matching';
import { MessagingModule } from '@app/messaging';
import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';

/** The matcher's services on the bench database, as in the worker (no queue processors). */
@Module({})
class BenchModule {
  static forRoot(env: Record<string, string>): DynamicModule {
    return {
      module: BenchModule,
      imports: [CoreModule.forRoot('cli', env), MessagingModule, MatchingModule],
    };
  }
}

/** The environment of the bench's app and of its worker processes (bench/matching/worker.ts). */
export function benchEnv(databaseUrl: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'warn',
    REDIS_PREFIX: `ml-bench-matching-${process.pid}`,
    DEV_SURFACES: 'true',
  };
}

export async function benchApp(env: Record<string, string>): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(BenchModule.forRoot(env), {
    logger: ['error', 'warn'],
  });
  await app.init();
  return app;
}

/** Back to no proposal at all, touching only the rows that changed (and their visibility). */
export async function resetPropositions(c: Client): Promise<void> {
  await c.query(`TRUNCATE propositions, matching_demandes`);
  await c.query(`UPDATE matching_jeunes SET propositions_ouvertes = 0, derniere_proposition_at = NULL
    WHERE propositions_ouvertes > 0 OR derniere_proposition_at IS NOT NULL`);
  await c.query(`UPDATE matching_candidats c SET propositions_ouvertes = 0, attente_depuis = j.inscrit_at
    FROM matching_jeunes j WHERE j.jeune_id = c.jeune_id
      AND (c.propositions_ouvertes > 0 OR c.attente_depuis <> j.inscrit_at)`);
  await c.query(`VACUUM ANALYZE matching_candidats`);
}

/** Generated sizes are remembered, so a second run on the same sizes skips generation. */
export async function storedSizes(c: Client): Promise<string | null> {
  await c.query(`CREATE TABLE IF NOT EXISTS bench_meta (k text PRIMARY KEY, v text NOT NULL)`);
  const { rows } = await c.query(`SELECT v FROM bench_meta WHERE k = 'sizes'`);
  return rows[0]?.v ?? null;
}

export async function storeSizes(c: Client, sizes: string): Promise<void> {
  await c.query(
    `INSERT INTO bench_meta VALUES ('sizes', $1) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v`,
    [sizes],
  );
}

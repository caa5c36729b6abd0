import 'reflect-metadata';
import { Clock } from '@app/core';
import { DynamicModule, INestApplication, INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiModule } from '../../apps/api/src/api.module';
import { setupHttp } from '../../apps/api/src/setup-http';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { createTestDatabase, TestDatabase } from './test-database';
import { REDIS_URL } from './test-env';
import { SmtpSink } from './smtp-sink';

export const TEST_PUBLIC_URL = 'http://ml.test';

export interface TestContext {
  api: INestApplication;
  worker?: INestApplicationContext;
  http: () => ReturnType<typeof request>;
  smtp: SmtpSink;
  db: TestDatabase;
  dataSource: DataSource;
  env: Record<string, string>;
  redisPrefix: string;
  close(): Promise<void>;
}

/**
 * Boots the real API (and, with `worker: true`, the real worker module) on a database and a
 * Redis prefix of its own, with a real SMTP server: what a test file needs, isolated from the others.
 */
export async function createTestContext(
  options: { worker?: boolean; env?: Record<string, string>; clock?: Clock } = {},
): Promise<TestContext> {
  const db = await createTestDatabase();
  const smtp = await new SmtpSink().start();
  const redisPrefix = `mlt-${randomBytes(4).toString('hex')}`;
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    DEV_SURFACES: 'true',
    // Fixtures sign many employers up from 127.0.0.1; the limit itself is tested on its own.
    SIGNUP_RATE_LIMIT: '10000',
    DATABASE_URL: db.url,
    REDIS_URL,
    REDIS_PREFIX: redisPrefix,
    SMTP_URL: smtp.url,
    PUBLIC_URL: TEST_PUBLIC_URL,
    LOG_LEVEL: 'silent',
    QUEUE_BACKOFF_MS: '100',
    // Still a bound, but one a loaded 2-core machine (the suite beside a CPU hog) never reaches.
    REDIS_COMMAND_TIMEOUT_MS: '5000',
    ...options.env,
  };

  const build = (module: DynamicModule) => {
    const builder = Test.createTestingModule({ imports: [module] });
    if (options.clock) builder.overrideProvider(Clock).useValue(options.clock);
    return builder.compile();
  };
  const moduleRef = await build(ApiModule.forRoot(env));
  const api = moduleRef.createNestApplication({ bodyParser: false, logger: false });
  setupHttp(api);
  await api.init();

  let worker: INestApplicationContext | undefined;
  if (options.worker) {
    const workerRef = await build(WorkerModule.forRoot(env));
    worker = workerRef.createNestApplication({ logger: false });
    await worker.init();
  }

  const server = api.getHttpServer();
  return {
    api,
    worker,
    http: () => request(server),
    smtp,
    db,
    dataSource: api.get(DataSource),
    env,
    redisPrefix,
    async close() {
      await worker?.close();
      await api.close();
      await smtp.stop();
      await clearRedisPrefix(redisPrefix);
      await db.drop();
    },
  };
}

export async function clearRedisPrefix(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

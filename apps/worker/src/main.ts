import 'reflect-metadata';
import { config as loadDotenv } from 'dotenv';
loadDotenv({ quiet: true });

import { ConfigError } from '@app/core';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { setFlagsFromString } from 'node:v8';
import { WorkerModule } from './worker.module';

/**
 * While the heap is busy, V8 lets the old generation grow to about 4 times what survived its last
 * full GC: an import of 100,000 jeunes (≈100 MB live, the batches' garbage promoted) peaked at
 * ≈600 MB RSS. Growing by half keeps it near 300 MB for more, shorter full GCs (bench:jeunes-import).
 * V8 reads this flag at each GC, so it holds however the worker is started.
 * WORKER_HEAP_GROWING_PERCENT=0: V8's own heuristics.
 */
// Read before Nest's config loader: V8 takes the flag best before the app's modules are loaded.
const HEAP_GROWING_PERCENT = Number(process.env.WORKER_HEAP_GROWING_PERCENT ?? 50);
if (!Number.isInteger(HEAP_GROWING_PERCENT) || HEAP_GROWING_PERCENT < 0) {
  console.error(
    `WORKER_HEAP_GROWING_PERCENT : un entier positif ou 0 est attendu (reçu « ${process.env.WORKER_HEAP_GROWING_PERCENT} »)`,
  );
  process.exit(1);
}
if (HEAP_GROWING_PERCENT > 0) setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);

async function bootstrap(): Promise<void> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(), {
    bufferLogs: true,
  });
  const logger = app.get(Logger);
  app.useLogger(logger);
  // SIGTERM/SIGINT close the BullMQ workers: running jobs finish before the process exits.
  app.enableShutdownHooks();
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => logger.log(`${signal} reçu : arrêt après les tâches en cours`));
  }
  await app.init();
  logger.log('Worker démarré : en attente de tâches');
}

bootstrap().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});

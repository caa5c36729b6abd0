/**
 * The worker of `bench:messaging` (its messaging part), in a process of its own, with a clock
 * pinned to a Tuesday morning in Paris that moves with real time: SMS quiet hours never defer the
 * benchmark, whatever time it runs. Env: the same as the worker's.
 */
import 'reflect-metadata';
import { Clock, CoreModule, JobHandlersModule, QUEUE } from '@app/core';
import { MessagingWorkerModule } from '@app/messaging';
import { Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { queueProcessor } from '../apps/worker/src/queue-processor';

/** The worker app's messaging part: the same relay, handlers and queue processors. */
@Module({
  imports: [
    CoreModule.forRoot('worker'),
    JobHandlersModule.forRoot({ requireEveryJob: false }),
    MessagingWorkerModule,
  ],
  providers: [queueProcessor(QUEUE.MAIL), queueProcessor(QUEUE.SMS)],
})
class BenchWorkerModule {}

const BASE = Date.parse('2030-01-08T09:00:00Z'); // Tuesday 10:00 in Paris
const started = Date.now();

class BenchClock extends Clock {
  now(): Date {
    return new Date(BASE + (Date.now() - started));
  }
}

async function main(): Promise<void> {
  const ref = await Test.createTestingModule({ imports: [BenchWorkerModule] })
    .overrideProvider(Clock)
    .useValue(new BenchClock())
    .compile();
  const app = ref.createNestApplication({ logger: ['error'] });
  app.enableShutdownHooks();
  await app.init();
  console.log('bench-worker prêt');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

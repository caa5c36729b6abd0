/**
 * A worker process of `bench:matching`'s scale-out part: the worker app's matching queue (its
 * handlers and processor), on the bench database and Redis prefix given by the environment.
 */
import 'reflect-metadata';
import { CoreModule, JobHandlersModule, QUEUE } from '@app/core';
import { MatchingWorkerModule } from '@app/matching';
import { MessagingModule } from '@app/messaging';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { queueProcessor } from '../../apps/worker/src/queue-processor';

const Processor = queueProcessor(QUEUE.MATCHING);

@Module({
  imports: [
    CoreModule.forRoot('cli'),
    JobHandlersModule.forRoot({ requireEveryJob: false }),
    MessagingModule,
    MatchingWorkerModule,
  ],
  providers: [Processor],
})
class BenchWorkerModule {}

async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(BenchWorkerModule, {
    logger: ['error', 'warn'],
  });
  app.enableShutdownHooks();
  await app.init();
  // The parent counts the lots each process took from these lines.
  app.get(Processor).worker.on('completed', (job) => console.log(`lot ${job.id}`));
  console.log('bench-worker prêt');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

import { Env, JobHandlerRegistry, logRedisOutages, QueueName } from '@app/core';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import {
  BeforeApplicationShutdown,
  Inject,
  Logger,
  OnApplicationBootstrap,
  Type,
} from '@nestjs/common';
import { Job, WorkerOptions } from 'bullmq';
import { matchingWorkerSettings } from '@app/matching';
import { messagingWorkerSettings } from '@app/messaging';

/** Jobs processed at once per queue by one worker process. */
export const CONCURRENCY: Record<QueueName, number> = {
  // mail and sms: MESSAGING_EMAIL_CONCURRENCY / MESSAGING_SMS_CONCURRENCY (messagingWorkerSettings).
  mail: 5,
  maintenance: 1,
  events: 5,
  sms: 5,
  // Matching is CPU and database bound: about one job per core.
  matching: 2,
};

/**
 * Lock and stalled-check settings per queue (BullMQ's defaults elsewhere), from the environment the
 * worker is started with (overrides applied, as every config).
 */
function workerSettings(queue: QueueName, env: Env): Partial<WorkerOptions> {
  if (queue === 'matching') return matchingWorkerSettings(env);
  return queue === 'mail' || queue === 'sms' ? messagingWorkerSettings(env, queue) : {};
}

/**
 * One BullMQ worker per queue, dispatching each job to the handler its feature lib registered.
 * On SIGTERM, @nestjs/bullmq closes the workers: active jobs finish, nothing new is taken.
 */
export function queueProcessor(
  queue: QueueName,
  overrides: Record<string, string> = {},
): Type<WorkerHost> {
  const env: Env = { ...process.env, ...overrides };
  @Processor(queue, { concurrency: CONCURRENCY[queue], ...workerSettings(queue, env) })
  class QueueProcessor
    extends WorkerHost
    implements OnApplicationBootstrap, BeforeApplicationShutdown
  {
    private readonly logger = new Logger(`queue:${queue}`);

    constructor(@Inject(JobHandlerRegistry) private readonly registry: JobHandlerRegistry) {
      super();
    }

    onApplicationBootstrap(): void {
      logRedisOutages(this.worker, `worker ${queue}`);
    }

    /**
     * Drain before any module's shutdown hook runs: the jobs still running need the database,
     * which TypeORM closes in its own onApplicationShutdown (the order between modules is not ours).
     */
    async beforeApplicationShutdown(): Promise<void> {
      await this.worker.close();
    }

    async process(job: Job): Promise<unknown> {
      const started = Date.now();
      try {
        const result = await this.registry.dispatch(job);
        this.logger.log(
          { job: job.name, id: job.id, attempt: job.attemptsMade + 1, ms: Date.now() - started },
          'done',
        );
        return result;
      } catch (error) {
        this.logger.warn(
          {
            job: job.name,
            id: job.id,
            attempt: job.attemptsMade + 1,
            err: (error as Error).message,
          },
          'failed',
        );
        throw error;
      }
    }
  }
  Object.defineProperty(QueueProcessor, 'name', { value: `${queue}QueueProcessor` });
  return QueueProcessor;
}

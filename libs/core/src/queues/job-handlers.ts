import { Injectable } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { PermanentJobError } from './job-errors';
import { JobName, JobPayloads } from './queues';

export type JobHandler<N extends JobName> = (payload: JobPayloads[N], job: Job) => Promise<unknown>;

/**
 * Feature libs register a handler per job name (in their worker module); the worker app has one
 * processor per queue that dispatches here. A lib thus owns its jobs without owning a queue.
 */
@Injectable()
export class JobHandlerRegistry {
  private readonly handlers = new Map<string, JobHandler<JobName>>();

  register<N extends JobName>(name: N, handler: JobHandler<N>): void {
    if (this.handlers.has(name)) throw new Error(`Job handler already registered: ${name}`);
    this.handlers.set(name, handler as JobHandler<JobName>);
  }

  has(name: string): boolean {
    return this.handlers.has(name);
  }

  async dispatch(job: Job): Promise<unknown> {
    const handler = this.handlers.get(job.name);
    if (!handler) throw new PermanentJobError(`Aucun gestionnaire pour la tâche « ${job.name} »`);
    return handler(job.data, job);
  }
}

/** True when BullMQ will not try this job again after this error. */
export function isFinalAttempt(job: Job, error: unknown): boolean {
  return error instanceof UnrecoverableError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

import { Injectable } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { DomainEventName, DomainEvents } from '../outbox/domain-events';
import { PermanentJobError } from './job-errors';
import { JobName, JobPayloads, QUEUE } from './queues';

export type JobHandlerFn<N extends JobName> = (
  payload: JobPayloads[N],
  job: Job,
) => Promise<unknown>;
export type EventHandlerFn<N extends DomainEventName> = (
  payload: DomainEvents[N] & { eventId: string },
  job: Job,
) => Promise<unknown>;

/**
 * Feature libs declare a handler per job name (`@JobHandler`) and subscribers per domain event
 * (`@OnDomainEvent`) on their providers' methods; JobHandlerDiscovery registers them here at the
 * worker's boot, and the worker app has one processor per queue that dispatches here. A lib thus owns its
 * jobs without owning a queue. Handlers must be idempotent: a job may run again after a crash.
 */
@Injectable()
export class JobHandlerRegistry {
  private readonly handlers = new Map<string, JobHandlerFn<JobName>>();
  private readonly subscribers = new Map<string, EventHandlerFn<DomainEventName>[]>();
  private eventProcessed?: (eventId: string) => Promise<void>;

  register<N extends JobName>(name: N, handler: JobHandlerFn<N>): void {
    if (this.handlers.has(name)) throw new Error(`Job handler already registered: ${name}`);
    this.handlers.set(name, handler as JobHandlerFn<JobName>);
  }

  subscribe<N extends DomainEventName>(event: N, handler: EventHandlerFn<N>): void {
    this.subscribers.set(event, [
      ...(this.subscribers.get(event) ?? []),
      handler as EventHandlerFn<DomainEventName>,
    ]);
  }

  handles(name: JobName): boolean {
    return this.handlers.has(name);
  }

  /** Called once every subscriber of an event ran (the outbox marks it processed). */
  onEventProcessed(ack: (eventId: string) => Promise<void>): void {
    this.eventProcessed = ack;
  }

  async dispatch(job: Job): Promise<unknown> {
    if (job.queueName === QUEUE.EVENTS) {
      // An event nobody listens to (yet) is done, not failed.
      const subscribers = this.subscribers.get(job.name) ?? [];
      const results = [];
      for (const subscriber of subscribers) results.push(await subscriber(job.data, job));
      // A failed write fails the job: its retry re-runs idempotent subscribers, then marks.
      if (this.eventProcessed && job.data?.eventId) await this.eventProcessed(job.data.eventId);
      return { subscribers: subscribers.length, results };
    }
    const handler = this.handlers.get(job.name);
    if (!handler) throw new PermanentJobError(`Aucun gestionnaire pour la tâche « ${job.name} »`);
    return handler(job.data, job);
  }
}

/** True when BullMQ will not try this job again after this error. */
export function isFinalAttempt(job: Job, error: unknown): boolean {
  return error instanceof UnrecoverableError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

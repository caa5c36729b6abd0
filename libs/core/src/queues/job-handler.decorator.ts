import { SetMetadata } from '@nestjs/common';
import { DomainEventName, DomainEvents } from '../outbox/domain-events';
import { JobName, JobPayloads } from './queues';

export const JOB_HANDLER = 'ml:job-handler';
export const DOMAIN_EVENT_HANDLER = 'ml:domain-event-handler';

/**
 * Declares the method that runs a job, where it is written: `@JobHandler(JOB.SWEEP_MER) sweep() {}`.
 * The method gets the job's payload (ids only) and the BullMQ job. The worker discovers these at boot
 * (JobHandlerDiscovery) and refuses to start if a job name has no handler.
 */
export const JobHandler = (name: JobName) => SetMetadata(JOB_HANDLER, name);

/** Declares a subscriber of a domain event relayed from the outbox (payload + `eventId`). */
export const OnDomainEvent = (event: DomainEventName) => SetMetadata(DOMAIN_EVENT_HANDLER, event);

/** What a `@JobHandler(name)` method receives. */
export type JobPayload<N extends JobName> = JobPayloads[N];
/** What an `@OnDomainEvent(name)` method receives: the event's payload and its id. */
export type EventPayload<N extends DomainEventName> = DomainEvents[N] & { eventId: string };

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxEvent } from './outbox-event.entity';
import { DomainEventName, DomainEvents } from './domain-events';

/** Records domain events in the caller's transaction. */
@Injectable()
export class OutboxService {
  async record<N extends DomainEventName>(
    manager: EntityManager,
    type: N,
    aggregateId: string,
    payload: DomainEvents[N],
  ): Promise<void> {
    // `as never`: TypeORM's deep-partial type refuses nulls inside jsonb, which are plain JSON.
    await manager
      .getRepository(OutboxEvent)
      .insert({ type, aggregateId, payload: { ...payload } as never });
  }
}

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

  /** Many events of one type in one statement (a matching round records one per proposal). */
  async recordMany<N extends DomainEventName>(
    manager: EntityManager,
    type: N,
    events: { aggregateId: string; payload: DomainEvents[N] }[],
  ): Promise<void> {
    if (events.length === 0) return;
    await manager.query(
      `INSERT INTO outbox_events (type, aggregate_id, payload)
       SELECT $1, a, p FROM unnest($2::uuid[], $3::jsonb[]) AS t(a, p)`,
      [type, events.map((e) => e.aggregateId), events.map((e) => JSON.stringify(e.payload))],
    );
  }
}

/**
 * The SQL that records one event per row of `from` (a CTE of the caller's statement, e.g. an
 * `UPDATE … RETURNING`): a status write and its events are then one statement, one round trip.
 * `aggregateId` and `payload` are SQL expressions over that CTE's columns.
 */
export function outboxInsertFromSql(
  type: DomainEventName,
  from: string,
  aggregateId: string,
  payload: string,
  where = 'true',
): string {
  return `INSERT INTO outbox_events (type, aggregate_id, payload)
    SELECT '${type.replace(/'/g, "''")}', ${aggregateId}, ${payload} FROM ${from} WHERE ${where}`;
}

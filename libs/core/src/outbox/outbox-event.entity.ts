import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A domain event written in the same transaction as the change it reports (transactional outbox):
 * a rollback leaves no event, a crash after commit loses none. The relay moves it to the queue.
 */
@Entity('outbox_events')
@Index('IDX_outbox_events_unpublished', ['createdAt'], { where: '"published_at" IS NULL' })
@Index('IDX_outbox_events_unprocessed', ['publishedAt'], {
  where: '"published_at" IS NOT NULL AND "processed_at" IS NULL',
})
export class OutboxEvent {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_outbox_events' })
  id: string;

  /** e.g. `offre.publiee`: the job name on the events queue. */
  @Column({ type: 'varchar', length: 100 })
  type: string;

  @Column({ type: 'uuid' })
  aggregateId: string;

  /** Ids only (and a version): handlers reload state before acting. */
  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** Every subscriber ran: until then the reconciler publishes it again if its job was lost. */
  @Column({ type: 'timestamptz', nullable: true })
  processedAt: Date | null;

  /** Times published again (job id `<id>.r<n>`, so BullMQ does not dedupe it against the lost one). */
  @Column({ type: 'integer', default: 0 })
  republished: number;
}

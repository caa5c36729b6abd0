import { Structure } from '@app/accounts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { Canal, DestinataireType, MessageStatut } from './message-codes';

/**
 * One message on one channel to one person. Written in the caller's transaction (it is its own
 * outbox row: `queuedAt` null until the relay put it on the queue), then updated by the worker.
 * The idempotency key (event + recipient + channel) is unique: a replayed event adds nothing.
 */
@Entity('messages')
@Unique('UQ_messages_idempotency_key', ['idempotencyKey'])
@Index('IDX_messages_unqueued', ['createdAt'], { where: `"queued_at" IS NULL` })
@Index('IDX_messages_destinataire', ['destinataireType', 'destinataireId', 'createdAt'])
@Index('IDX_messages_structure_statut', ['structureId', 'statut', 'createdAt'])
@Index('IDX_messages_provider_id', ['provider', 'providerId'])
@Index('IDX_messages_historique', ['createdAt', 'id'])
@Index('IDX_messages_non_termines', ['statut', 'updatedAt'], {
  where: `"statut" NOT IN ('envoye', 'delivre', 'echec', 'supprime')`,
})
export class Message {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_messages' })
  id: string;

  @Column({ type: 'uuid' }) structureId: string;
  // Declared for its foreign key only: nothing is loaded through it.
  @ManyToOne(() => Structure, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'structure_id', foreignKeyConstraintName: 'FK_messages_structure' })
  structure?: Structure;

  /** The caller's event, e.g. `mer.proposee:<id>`: with recipient and channel, the idempotency key. */
  @Column({ type: 'varchar', length: 200 }) event: string;
  @Column({ type: 'varchar', length: 60 }) template: string;
  @Column({ type: 'enum', enum: ['email', 'sms'], enumName: 'message_canal' }) canal: Canal;

  @Column({
    type: 'enum',
    enum: ['jeune', 'utilisateur', 'contact'],
    enumName: 'message_destinataire',
  })
  destinataireType: DestinataireType;
  /** The jeune's or the user's id; null for a plain address. */
  @Column({ type: 'uuid', nullable: true }) destinataireId: string | null;
  /** Email address or E.164 number: given for a contact, resolved at send time otherwise. */
  @Column({ type: 'varchar', length: 254, nullable: true }) adresse: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) nom: string | null;

  /** The template's data (ids, names, dates, links): the content is rendered at send time. */
  @Column({ type: 'jsonb' }) data: Record<string, any>;

  @Column({
    type: 'enum',
    enum: MessageStatut,
    enumName: 'message_statut',
    default: MessageStatut.EN_ATTENTE,
  })
  statut: MessageStatut;

  @Column({ type: 'varchar', length: 300 }) idempotencyKey: string;
  /** Same recipient, channel, template and data: the resend cooldown compares this. */
  @Column({ type: 'varchar', length: 64 }) contentKey: string;

  /** Calls to the SMTP server or the provider, failed ones included. */
  @Column({ type: 'integer', default: 0 }) attempts: number;
  /** 1, then +1 each time an admin sends it again (the job id changes with it). */
  @Column({ type: 'integer', default: 1 }) round: number;
  /** Times the reconciler queued it again after its job was lost (Redis data loss, stalled). */
  @Column({ type: 'integer', default: 0 }) requeues: number;
  /** The BullMQ job meant to send it now (the reconciler checks it still exists). */
  @Column({ type: 'varchar', length: 120, nullable: true }) jobId: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) provider: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) providerId: string | null;
  @Column({ type: 'text', nullable: true }) lastError: string | null;

  /** The email's subject; the SMS text as sent (with its short links). */
  @Column({ type: 'text', nullable: true }) subject: string | null;
  @Column({ type: 'text', nullable: true }) body: string | null;
  @Column({ type: 'smallint', nullable: true }) segments: number | null;
  @Column({ type: 'varchar', length: 5, nullable: true }) encoding: 'GSM-7' | 'UCS-2' | null;

  /** Deferred (quiet hours) until then. */
  @Column({ type: 'timestamptz', nullable: true }) notBefore: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) queuedAt: Date | null;
  /** `en_cours` since then: the provider call started (database time, not the injected clock). */
  @Column({ type: 'timestamptz', nullable: true }) sendingAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) sentAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) deliveredAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) failedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

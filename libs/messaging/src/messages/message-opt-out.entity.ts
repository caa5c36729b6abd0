import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * An address (email or E.164 number) that asked for no more messages, for recipients who are not
 * jeunes (employers, contacts): a jeune's choices are consents, kept by the jeunes module.
 */
@Entity('message_opt_outs')
export class MessageOptOut {
  @PrimaryColumn({ type: 'varchar', length: 254, primaryKeyConstraintName: 'PK_message_opt_outs' })
  adresse: string;

  /** `lien` (preferences page, List-Unsubscribe), `sms_stop`, `rebond` (hard bounce). */
  @Column({ type: 'varchar', length: 12 }) source: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

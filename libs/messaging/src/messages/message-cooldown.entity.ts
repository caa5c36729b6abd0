import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Who holds the resend cooldown of a content (recipient + channel + template + data): claimed
 * atomically before sending, so two identical messages processed at once cannot both go.
 */
@Entity('message_cooldowns')
export class MessageCooldown {
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'PK_message_cooldowns' })
  contentKey: string;

  @Column({ type: 'uuid' }) messageId: string;
  @Column({ type: 'timestamptz' }) until: Date;
}

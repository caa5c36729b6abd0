import { Clock } from '@app/core';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Message } from '../messages/message.entity';
import { MessagingConfig } from '../messaging.config';

/**
 * The resend cooldown: no two identical messages (same person, channel, template and data) within
 * MESSAGING_RESEND_COOLDOWN_HOURS. A message claims its content atomically before it is sent.
 */
@Injectable()
export class CooldownService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MessagingConfig) private readonly config: MessagingConfig,
    private readonly clock: Clock,
  ) {}

  /** True when this message may go (it holds the cooldown now); false if another one holds it. */
  async claim(m: Message): Promise<boolean> {
    const hours = this.config.MESSAGING_RESEND_COOLDOWN_HOURS;
    if (hours === 0) return true;
    const now = this.clock.now();
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO "message_cooldowns" ("content_key", "message_id", "until") VALUES ($1, $2, $3)
       ON CONFLICT ("content_key") DO UPDATE SET "message_id" = EXCLUDED."message_id", "until" = EXCLUDED."until"
       WHERE "message_cooldowns"."until" <= $4 OR "message_cooldowns"."message_id" = EXCLUDED."message_id"
       RETURNING "message_id"`,
      [m.contentKey, m.id, new Date(now.getTime() + hours * 3_600_000), now],
    );
    return rows.length > 0;
  }

  /** A message that finally failed gives the cooldown back: an identical one may then go. */
  async release(m: Message): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM "message_cooldowns" WHERE "content_key" = $1 AND "message_id" = $2`,
      [m.contentKey, m.id],
    );
  }
}

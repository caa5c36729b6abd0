import { Clock } from '@app/core';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Message } from '../messages/message.entity';
import { MessagingConfig } from '../messaging.config';

/** Why a message may not go to its address now, or null when it may (and holds the cooldown). */
export type Refusal = { optOut: string } | { cooldown: true } | null;

/**
 * The send-time checks on the address itself, in one statement: the opt-out list, then the
 * resend cooldown (no two identical messages — same person, channel, template and data — within
 * MESSAGING_RESEND_COOLDOWN_HOURS). A message claims its content atomically before it is sent,
 * and only when the address has not opted out.
 */
@Injectable()
export class CooldownService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MessagingConfig) private readonly config: MessagingConfig,
    private readonly clock: Clock,
  ) {}

  async admit(m: Message, adresse: string): Promise<Refusal> {
    const hours = this.config.MESSAGING_RESEND_COOLDOWN_HOURS;
    if (hours === 0) {
      const rows: { source: string }[] = await this.dataSource.query(
        `SELECT "source" FROM "message_opt_outs" WHERE "adresse" = $1`,
        [adresse],
      );
      return rows[0] ? { optOut: rows[0].source } : null;
    }
    const now = this.clock.now();
    // The INSERT runs only without an opt-out (the WHERE of its SELECT); both answers in one row.
    const [row]: { opt_out: string | null; claimed: boolean }[] = await this.dataSource.query(
      `WITH o AS (SELECT "source" FROM "message_opt_outs" WHERE "adresse" = $5),
       c AS (
         INSERT INTO "message_cooldowns" ("content_key", "message_id", "until")
         SELECT $1, $2, $3 WHERE NOT EXISTS (SELECT 1 FROM o)
         ON CONFLICT ("content_key") DO UPDATE SET "message_id" = EXCLUDED."message_id", "until" = EXCLUDED."until"
         WHERE "message_cooldowns"."until" <= $4 OR "message_cooldowns"."message_id" = EXCLUDED."message_id"
         RETURNING "message_id")
       SELECT (SELECT "source" FROM o) AS opt_out, EXISTS (SELECT 1 FROM c) AS claimed`,
      [m.contentKey, m.id, new Date(now.getTime() + hours * 3_600_000), now, adresse],
    );
    if (row.opt_out) return { optOut: row.opt_out };
    return row.claimed ? null : { cooldown: true };
  }

  /** A message that finally failed gives the cooldown back: an identical one may then go. */
  async release(m: Message): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM "message_cooldowns" WHERE "content_key" = $1 AND "message_id" = $2`,
      [m.contentKey, m.id],
    );
  }
}

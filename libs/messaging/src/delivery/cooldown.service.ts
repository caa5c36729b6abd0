import { Clock } from '@app/core';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Message } from '../messages/message.entity';
import { MessagingConfig } from '../messaging.config';
import { GroupCommit } from './group-commit';

/** Why a message may not go to its address now, or null when it may (and holds the cooldown). */
export type Refusal = { optOut: string } | { cooldown: true } | null;

interface Admission {
  contentKey: string;
  messageId: string;
  adresse: string;
  now: Date;
  until: Date;
}

/**
 * The send-time checks on the address itself, in one statement: the opt-out list, then the
 * resend cooldown (no two identical messages — same person, channel, template and data — within
 * MESSAGING_RESEND_COOLDOWN_HOURS). A message claims its content atomically before it is sent,
 * and only when the address has not opted out.
 */
@Injectable()
export class CooldownService {
  private readonly admissions = new GroupCommit((a: Admission[]) => this.admitBatch(a));

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
    return this.admissions.call({
      contentKey: m.contentKey,
      messageId: m.id,
      adresse,
      now,
      until: new Date(now.getTime() + hours * 3_600_000),
    });
  }

  /**
   * The concurrent jobs' checks in one statement. Each INSERT runs only without an opt-out of its
   * address; both answers per message. A content key twice in a batch goes in a later statement
   * (ON CONFLICT may not touch a row twice, and the second must see the first's claim).
   */
  private async admitBatch(inputs: Admission[]): Promise<Refusal[]> {
    const first = new Map<string, Admission>();
    for (const a of inputs) if (!first.has(a.contentKey)) first.set(a.contentKey, a);
    const batch = [...first.values()];
    const rows: { message_id: string; opt_out: string | null; claimed: boolean }[] =
      await this.dataSource.query(
        `WITH v AS (SELECT * FROM unnest($1::varchar[], $2::uuid[], $3::timestamptz[], $4::varchar[])
           AS v(content_key, message_id, until, adresse)),
         o AS (SELECT v.message_id, oo."source" FROM v
           JOIN "message_opt_outs" oo ON oo."adresse" = v.adresse),
         c AS (
           INSERT INTO "message_cooldowns" ("content_key", "message_id", "until")
           SELECT v.content_key, v.message_id, v.until FROM v
           WHERE NOT EXISTS (SELECT 1 FROM o WHERE o.message_id = v.message_id)
           ON CONFLICT ("content_key") DO UPDATE SET "message_id" = EXCLUDED."message_id", "until" = EXCLUDED."until"
           WHERE "message_cooldowns"."until" <= $5 OR "message_cooldowns"."message_id" = EXCLUDED."message_id"
           RETURNING "message_id")
         SELECT v.message_id, o."source" AS opt_out,
           EXISTS (SELECT 1 FROM c WHERE c.message_id = v.message_id) AS claimed
         FROM v LEFT JOIN o ON o.message_id = v.message_id`,
        [
          batch.map((a) => a.contentKey),
          batch.map((a) => a.messageId),
          batch.map((a) => a.until),
          batch.map((a) => a.adresse),
          // The earliest "now" of the batch: a cooldown ends for none of them too early.
          new Date(Math.min(...batch.map((a) => a.now.getTime()))),
        ],
      );
    const byKey = new Map<string, Refusal>();
    for (const a of batch) {
      const row = rows.find((r) => r.message_id === a.messageId)!;
      byKey.set(
        a.contentKey,
        row.opt_out ? { optOut: row.opt_out } : row.claimed ? null : { cooldown: true },
      );
    }
    const rest = inputs.filter((a) => first.get(a.contentKey) !== a);
    const later = rest.length ? await this.admitBatch(rest) : [];
    return inputs.map((a) =>
      first.get(a.contentKey) === a ? byKey.get(a.contentKey)! : later[rest.indexOf(a)],
    );
  }

  /** A message that finally failed gives the cooldown back: an identical one may then go. */
  async release(m: Message): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM "message_cooldowns" WHERE "content_key" = $1 AND "message_id" = $2`,
      [m.contentKey, m.id],
    );
  }
}

import { Clock } from '@app/core';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { from, MessageStatut } from '../messages/message-codes';
import { Message } from '../messages/message.entity';
import { writeStatut } from '../messages/message-statut-write';
import { PreparedMessage } from './email-channel.service';
import { GroupCommit } from './group-commit';
import { AcceptedInput, acceptRows, ClaimInput, claimRows, loadRows } from './message-batches';

/** An attempt that holds the message: its `attempts` value when it wrote `en_cours`. */
export interface Claim {
  id: string;
  attempt: number;
}

/** What the provider accepted, kept in the job when the database would not take it. */
export type Accepted = Omit<PreparedMessage, 'send'> & { providerId: string };

const WRITE_TRIES = 8;

/**
 * The sender's writes to a message row. Each one is conditioned on the status it may come from
 * (MESSAGE_TRANSITIONS) and, after the claim, on the attempt that holds it, so a stale attempt
 * changes nothing. Writes after a provider call are retried on database errors: the outcome of
 * a call that happened must not be lost to a dropped connection.
 */
@Injectable()
export class MessageStore {
  private readonly logger = new Logger('MessageStore');

  // Group commits: the concurrent send jobs' reads and writes of the hot path go to the database
  // a batch at a time (see GroupCommit), one statement of each kind in flight.
  private readonly loads = new GroupCommit((ids: string[]) => loadRows(this.messages, ids));
  private readonly claims = new GroupCommit((c: ClaimInput[]) => claimRows(this.messages, c));
  private readonly accepts = new GroupCommit((a: AcceptedInput[]) => acceptRows(this.messages, a));

  constructor(
    @InjectRepository(Message) private readonly messages: Repository<Message>,
    private readonly clock: Clock,
  ) {}

  /** The message's row, read at send time (its status decides), or undefined. */
  load(id: string): Promise<Record<string, unknown> | undefined> {
    return this.loads.call(id);
  }

  /**
   * `en_cours`, written (committed) before the provider call, and the call counted. Returns the
   * claim, or undefined if another attempt settled or holds the message.
   */
  claim(m: Message, adresse: string, prepared: PreparedMessage): Promise<Claim | undefined> {
    return this.claims.call({ id: m.id, adresse, prepared });
  }

  /** `envoye` (and its fact), retried on database errors like every write after a call. */
  async accepted(c: Claim, a: Accepted): Promise<boolean> {
    const sentAt = this.clock.now();
    return this.retried(c.id, MessageStatut.ENVOYE, () =>
      this.accepts.call({ claim: c, accepted: a, sentAt }),
    );
  }

  /** The provider answered no: pending again (retried by the job), or `echec` on the last try. */
  refused(c: Claim, error: string, final: boolean): Promise<boolean> {
    return final
      ? this.settle(c, MessageStatut.ECHEC, { lastError: error, failedAt: this.clock.now() })
      : this.settle(c, MessageStatut.EN_ATTENTE, { lastError: error });
  }

  /** The call may have gone through (timeout, cut): stays `en_cours`, with the error, for a lookup. */
  ambiguous(c: Claim, error: string): Promise<boolean> {
    return this.settle(c, MessageStatut.EN_COURS, { lastError: error });
  }

  incertain(c: Claim, reason: string): Promise<boolean> {
    return this.settle(c, MessageStatut.INCERTAIN, { lastError: reason });
  }

  /** True once the in-flight attempt is surely over (its call timed out long ago). */
  async inFlightExpired(id: string, timeoutMs: number): Promise<boolean> {
    const rows: { expired: boolean }[] = await this.messages.query(
      `SELECT "sending_at" IS NULL OR "sending_at" < now() - make_interval(secs => $2::float8 / 1000)
       AS expired FROM "messages" WHERE "id" = $1`,
      [id, timeoutMs],
    );
    return rows[0]?.expired ?? true;
  }

  /**
   * One conditioned write, retried with backoff on database errors (not on "nothing matched").
   * `envoye` and `echec` record their `message.statut` fact in the same statement.
   */
  private async settle(c: Claim, to: MessageStatut, values: Partial<Message>): Promise<boolean> {
    const statuts = to === MessageStatut.EN_COURS ? [MessageStatut.EN_COURS] : from(to);
    const set = Object.fromEntries(
      Object.entries(values).map(([k, v]) => [
        this.messages.metadata.findColumnWithPropertyName(k)!.databaseName,
        v,
      ]),
    );
    const at = values.sentAt ?? values.failedAt ?? this.clock.now();
    return this.retried(c.id, to, async () => {
      const written = await writeStatut(this.messages, {
        to,
        from: statuts,
        set,
        where: { id: c.id, attempts: c.attempt },
        at,
      });
      return written.length > 0;
    });
  }

  /** A write retried with backoff on database errors (not on "nothing matched"). */
  private async retried(
    id: string,
    to: MessageStatut,
    write: () => Promise<boolean>,
  ): Promise<boolean> {
    for (let i = 1; ; i++) {
      try {
        return await write();
      } catch (error) {
        if (i >= WRITE_TRIES) throw error;
        this.logger.warn(`Écriture du message ${id} (${to}) : ${(error as Error).message}`);
        await new Promise((r) => setTimeout(r, Math.min(100 * 2 ** (i - 1), 2000)));
      }
    }
  }
}

import { Clock, isFinalAttempt, JOB, PermanentJobError, QUEUE } from '@app/core';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Job, Queue } from 'bullmq';
import { In, Repository } from 'typeorm';
import { from, MessageStatut, PENDING_STATUTS } from '../messages/message-codes';
import { Message } from '../messages/message.entity';
import { nextSmsSlot } from '../sms/quiet-hours';
import { isAmbiguous } from './call-errors';
import { CooldownService } from './cooldown.service';
import { EmailChannel } from './email-channel.service';
import { InFlightResolver } from './in-flight-resolver.service';
import { Accepted, Claim, MessageStore } from './message-store.service';
import { ProviderRateLimit } from './provider-rate-limit';
import { optOutReason, RecipientResolver } from './recipient-resolver.service';
import { SmsChannel } from './sms-channel.service';

export type SendOutcome = 'envoye' | 'differe' | 'supprime' | 'incertain' | 'deja_traite';

/**
 * Worker side: one job per message. Reloads the row and acts only if it is still pending, so a
 * retried job or a replayed one never sends twice what was sent. Consent, quiet hours and the
 * cooldown are checked here, at send time. Around the provider call: `en_cours` is committed
 * before it (the call counted), the outcome after it; a row found `en_cours` is an interrupted
 * call, settled by InFlightResolver, never re-sent blindly.
 */
@Injectable()
export class MessageSender {
  private columns?: [string, string][];

  constructor(
    @InjectRepository(Message) private readonly messages: Repository<Message>,
    @InjectQueue(QUEUE.SMS) private readonly smsQueue: Queue,
    private readonly resolver: RecipientResolver,
    private readonly cooldown: CooldownService,
    private readonly email: EmailChannel,
    private readonly sms: SmsChannel,
    private readonly store: MessageStore,
    private readonly inFlight: InFlightResolver,
    private readonly rateLimit: ProviderRateLimit,
    private readonly clock: Clock,
  ) {}

  async process(messageId: string, job: Job): Promise<SendOutcome> {
    let m = await this.load(messageId);
    if (m.statut === MessageStatut.EN_COURS) {
      const outcome = await this.inFlight.resolve(m, job);
      if (outcome !== 'relance') return outcome;
      m = await this.load(messageId);
    }
    if (!PENDING_STATUTS.includes(m.statut)) return 'deja_traite';

    const recipient = await this.resolver.resolve(m);
    if (!recipient.ok) return this.suppress(m, recipient.reason);

    if (m.canal === 'sms') {
      const now = this.clock.now();
      const slot = nextSmsSlot(now);
      if (slot.getTime() > now.getTime()) return this.defer(m, slot, now);
    }
    const refusal = await this.cooldown.admit(m, recipient.adresse);
    if (refusal) {
      return this.suppress(
        m,
        'optOut' in refusal
          ? optOutReason(refusal.optOut)
          : 'Message identique déjà envoyé à cette personne il y a moins de 24 h',
      );
    }

    const prepared =
      m.canal === 'email'
        ? await this.email.prepare(m, recipient.adresse, recipient.preferences)
        : await this.sms.prepare(m, recipient.adresse);
    // The provider's rate limit (shared by every replica), before the claim: a wait or a Redis
    // failure leaves the message pending, nothing counted.
    await this.rateLimit.take(m.canal, prepared.provider);
    // Emails: a slot from the claim until its outcome is written (EmailChannel.slot): the emails
    // claimed and not settled stay bounded, each one `incertain` if the worker dies.
    const release = m.canal === 'email' ? await this.email.slot() : () => undefined;
    const claim = await this.store.claim(m, recipient.adresse, prepared).catch((error) => {
      release();
      throw error;
    });
    if (!claim) {
      release();
      return 'deja_traite';
    }

    try {
      let providerId: string;
      try {
        providerId = await prepared.send();
      } catch (error) {
        const detail = String((error as Error).message).slice(0, 2000);
        if (isAmbiguous(error)) {
          await this.store.ambiguous(claim, detail);
          throw error;
        }
        const final = isFinalAttempt(job, error);
        await this.store.refused(claim, detail, final);
        if (final) await this.cooldown.release(m);
        throw error;
      }
      await this.recordAccepted(job, claim, { ...prepared, providerId });
      return 'envoye';
    } finally {
      // Held until the outcome is written, not only until the call returns: an email sent and
      // not yet `envoye` is still `en_cours`, so a crash then leaves it `incertain` too. Released
      // earlier, a worker killed at that moment left more than MESSAGING_EMAIL_CONCURRENCY.
      release();
    }
  }

  /**
   * Accepted: the status write is retried (MessageStore); if the database still refuses, the
   * acceptance goes into the job (Redis) and the job fails: its retry writes it, never re-sends.
   */
  private async recordAccepted(job: Job, claim: Claim, accepted: Accepted): Promise<void> {
    const { send: _send, ...kept } = accepted as Accepted & { send?: unknown };
    try {
      await this.store.accepted(claim, kept);
    } catch (error) {
      await job.updateData({ ...job.data, accepted: { attempt: claim.attempt, ...kept } });
      throw new Error(
        `Accepté par le fournisseur, statut non enregistré : ${(error as Error).message}`,
      );
    }
  }

  /**
   * The row (MessageStore, one statement for the concurrent jobs) mapped through the entity's
   * column list (built once), not a repository find: TypeORM's hydration costs more CPU than the
   * statement itself.
   */
  private async load(id: string): Promise<Message> {
    const row = await this.store.load(id);
    if (!row) throw new PermanentJobError(`Message ${id} introuvable`);
    this.columns ??= this.messages.metadata.columns.map((c) => [c.databaseName, c.propertyName]);
    const m = new Message();
    for (const [column, property] of this.columns) {
      (m as unknown as Record<string, unknown>)[property] = row[column];
    }
    return m;
  }

  /** Outside SMS hours: a delayed job at the next allowed time; the row says until when. */
  private async defer(m: Message, slot: Date, now: Date): Promise<SendOutcome> {
    const jobId = `${m.id}.${m.round}.d${now.getTime()}`;
    await this.smsQueue.add(
      JOB.SEND_SMS,
      { messageId: m.id },
      { jobId, delay: slot.getTime() - now.getTime() },
    );
    await this.messages.update(
      { id: m.id, statut: In(from(MessageStatut.DIFFERE)) },
      { statut: MessageStatut.DIFFERE, notBefore: slot, jobId },
    );
    return 'differe';
  }

  private async suppress(m: Message, reason: string): Promise<SendOutcome> {
    await this.messages.update(
      { id: m.id, statut: In(from(MessageStatut.SUPPRIME)) },
      { statut: MessageStatut.SUPPRIME, lastError: reason, notBefore: null },
    );
    return 'supprime';
  }
}

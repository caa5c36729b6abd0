import { Clock, isFinalAttempt, JOB, PermanentJobError, QUEUE } from '@app/core';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Job, Queue } from 'bullmq';
import { In, Repository } from 'typeorm';
import { MessageStatut, PENDING_STATUTS } from '../messages/message-codes';
import { Message } from '../messages/message.entity';
import { nextSmsSlot } from '../sms/quiet-hours';
import { CooldownService } from './cooldown.service';
import { ChannelResult, EmailChannel } from './email-channel.service';
import { RecipientResolver } from './recipient-resolver.service';
import { SmsChannel } from './sms-channel.service';

export type SendOutcome = 'envoye' | 'differe' | 'supprime' | 'deja_traite';

/**
 * Worker side: one job per message. Reloads the row and acts only if it is still pending, so a
 * retried job or a replayed one never sends twice what was sent. Consent, quiet hours and the
 * cooldown are checked here, at send time.
 */
@Injectable()
export class MessageSender {
  constructor(
    @InjectRepository(Message) private readonly messages: Repository<Message>,
    @InjectQueue(QUEUE.SMS) private readonly smsQueue: Queue,
    private readonly resolver: RecipientResolver,
    private readonly cooldown: CooldownService,
    private readonly email: EmailChannel,
    private readonly sms: SmsChannel,
    private readonly clock: Clock,
  ) {}

  async process(messageId: string, job: Job): Promise<SendOutcome> {
    const m = await this.messages.findOneBy({ id: messageId });
    if (!m) throw new PermanentJobError(`Message ${messageId} introuvable`);
    if (!PENDING_STATUTS.includes(m.statut)) return 'deja_traite';

    const recipient = await this.resolver.resolve(m);
    if (!recipient.ok) return this.suppress(m, recipient.reason);

    if (m.canal === 'sms') {
      const now = this.clock.now();
      const slot = nextSmsSlot(now);
      if (slot.getTime() > now.getTime()) return this.defer(m, slot, now);
    }
    if (!(await this.cooldown.claim(m))) {
      return this.suppress(
        m,
        'Message identique déjà envoyé à cette personne il y a moins de 24 h',
      );
    }

    let result: ChannelResult;
    try {
      result =
        m.canal === 'email'
          ? await this.email.send(m, recipient.adresse, recipient.preferences)
          : await this.sms.send(m, recipient.adresse);
    } catch (error) {
      const final = isFinalAttempt(job, error);
      await this.update(m, {
        adresse: recipient.adresse,
        lastError: String((error as Error).message).slice(0, 2000),
        ...(final ? { statut: MessageStatut.ECHEC, failedAt: this.clock.now() } : {}),
      });
      if (final) await this.cooldown.release(m);
      throw error;
    }
    await this.update(m, {
      adresse: recipient.adresse,
      statut: MessageStatut.ENVOYE,
      provider: result.provider,
      providerId: result.providerId,
      subject: result.subject,
      body: result.body,
      segments: result.segments ?? null,
      encoding: result.encoding ?? null,
      sentAt: this.clock.now(),
      lastError: null,
      notBefore: null,
    });
    return 'envoye';
  }

  /** Outside SMS hours: a delayed job at the next allowed time; the row says until when. */
  private async defer(m: Message, slot: Date, now: Date): Promise<SendOutcome> {
    await this.smsQueue.add(
      JOB.SEND_SMS,
      { messageId: m.id },
      { jobId: `${m.id}.${m.round}.d${now.getTime()}`, delay: slot.getTime() - now.getTime() },
    );
    await this.messages.update(
      { id: m.id, statut: In(PENDING_STATUTS) },
      { statut: MessageStatut.DIFFERE, notBefore: slot },
    );
    return 'differe';
  }

  private async suppress(m: Message, reason: string): Promise<SendOutcome> {
    await this.messages.update(
      { id: m.id, statut: In(PENDING_STATUTS) },
      { statut: MessageStatut.SUPPRIME, lastError: reason, notBefore: null },
    );
    return 'supprime';
  }

  /** Counts the attempt with the outcome, in one statement. */
  private async update(m: Message, values: Partial<Message>): Promise<void> {
    await this.messages
      .createQueryBuilder()
      .update(Message)
      .set({ ...values, attempts: () => '"attempts" + 1' })
      .where('id = :id', { id: m.id })
      .execute();
  }
}

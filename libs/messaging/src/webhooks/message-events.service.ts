import { Clock } from '@app/core';
import { ConsentSource, JeunesService } from '@app/jeunes';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { from, MessageStatut } from '../messages/message-codes';
import { MessageOptOut } from '../messages/message-opt-out.entity';
import { Message } from '../messages/message.entity';
import { writeStatut } from '../messages/message-statut-write';
import { isStop, SmsEvent } from '../sms/sms-provider';

/** Brevo's transactional email event (its SMTP relay posts the same webhooks as its API). */
export interface EmailEvent {
  event?: string;
  email?: string;
  'message-id'?: string;
  reason?: string;
}

/**
 * What providers tell us after the send: delivery reports, bounces, replies. A "STOP" reply
 * withdraws the jeune's SMS consent (jeunes module); for any other number it is an opt-out.
 */
@Injectable()
export class MessageEventsService {
  private readonly logger = new Logger('MessageEvents');

  constructor(
    @InjectRepository(Message) private readonly messages: Repository<Message>,
    @InjectRepository(MessageOptOut) private readonly optOuts: Repository<MessageOptOut>,
    private readonly jeunes: JeunesService,
    private readonly clock: Clock,
  ) {}

  async smsEvents(provider: string, events: SmsEvent[]): Promise<{ traites: number }> {
    let traites = 0;
    for (const e of events) {
      if (e.kind === 'reponse') {
        if (isStop(e.text)) await this.stop(e.from);
        traites += 1;
        continue;
      }
      traites += await this.report(provider, e.providerId, e);
    }
    return { traites };
  }

  /** STOP: SMS consent withdrawn for every jeune with this mobile, at once. */
  async stop(from: string): Promise<number> {
    const { jeunes, changes } = await this.jeunes.withdrawSmsConsentByMobile(
      from,
      ConsentSource.SMS_STOP,
    );
    if (jeunes === 0) await this.optOut(from, 'sms_stop');
    this.logger.log({ jeunes, changes }, 'STOP reçu');
    return jeunes;
  }

  async emailEvents(events: EmailEvent[]): Promise<{ traites: number }> {
    let traites = 0;
    for (const e of events) {
      const providerId = (e['message-id'] ?? '').replace(/^<|>$/g, '');
      const kind = String(e.event ?? '').toLowerCase();
      if (kind === 'delivered')
        traites += await this.report('smtp', providerId, { kind: 'delivre', providerId });
      else if (['hard_bounce', 'invalid_email', 'blocked', 'error'].includes(kind)) {
        const error = `Rebond définitif (${kind})${e.reason ? ` : ${e.reason}` : ''}`;
        traites += await this.report('smtp', providerId, { kind: 'echec', providerId, error });
        if (e.email && kind !== 'blocked') await this.optOut(e.email.toLowerCase(), 'rebond');
      } else if (kind === 'soft_bounce' || kind === 'deferred') {
        traites += await this.report('smtp', providerId, {
          kind: 'info',
          providerId,
          error: `Rebond temporaire (${kind})`,
        });
      } else if ((kind === 'spam' || kind === 'unsubscribed') && e.email) {
        await this.optOut(e.email.toLowerCase(), 'lien');
        traites += 1;
      }
    }
    return { traites };
  }

  async optOut(adresse: string, source: string): Promise<void> {
    await this.optOuts
      .createQueryBuilder()
      .insert()
      .values({ adresse, source })
      .orIgnore()
      .execute();
  }

  private async report(provider: string, providerId: string, e: SmsEvent): Promise<number> {
    if (!providerId) return 0;
    const where = { provider, providerId };
    const now = this.clock.now();
    // The status write records its `message.statut` fact in the same statement; a duplicate
    // report matches no row (the status already moved on) and records nothing.
    if (e.kind === 'delivre') {
      const written = await writeStatut(this.messages, {
        to: MessageStatut.DELIVRE,
        // An interrupted send (en_cours, incertain) the provider reports delivered was sent.
        from: from(MessageStatut.DELIVRE),
        set: { delivered_at: now },
        where: { provider, provider_id: providerId },
        at: now,
      });
      return written.length;
    }
    if (e.kind === 'echec') {
      const written = await writeStatut(this.messages, {
        to: MessageStatut.ECHEC,
        from: [
          MessageStatut.ENVOYE,
          MessageStatut.DELIVRE,
          MessageStatut.EN_COURS,
          MessageStatut.INCERTAIN,
        ],
        set: { failed_at: now, last_error: e.error ?? null },
        where: { provider, provider_id: providerId },
        at: now,
      });
      return written.length;
    }
    if (e.kind === 'info') {
      return (await this.messages.update(where, { lastError: e.error ?? null })).affected ?? 0;
    }
    return 0;
  }
}

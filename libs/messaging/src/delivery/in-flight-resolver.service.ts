import { Inject, Injectable } from '@nestjs/common';
import { Job } from 'bullmq';
import { Message } from '../messages/message.entity';
import { MessagingConfig } from '../messaging.config';
import { Accepted, MessageStore } from './message-store.service';
import { SmsChannel } from './sms-channel.service';

export type InFlightOutcome = 'envoye' | 'incertain' | 'relance';

/**
 * A message found `en_cours`: an earlier attempt claimed it and never wrote the outcome (worker
 * killed, database gone after the call, timeout). It is not sent again blindly:
 * 1. the acceptance kept in the job (database down after the call) is written;
 * 2. while the earlier call may still run (MESSAGING_IN_FLIGHT_TIMEOUT_MS), the job waits (retry);
 * 3. SMS: the provider is asked by our tag (Brevo's event log): accepted → `envoye` with its id,
 *    never seen → pending again, and sent;
 * 4. email (SMTP offers no lookup) → `incertain`: admins see it and decide; a delivery report
 *    with our Message-ID still moves it to `delivre`.
 */
@Injectable()
export class InFlightResolver {
  constructor(
    private readonly store: MessageStore,
    private readonly sms: SmsChannel,
    @Inject(MessagingConfig) private readonly config: MessagingConfig,
  ) {}

  async resolve(m: Message, job: Job): Promise<InFlightOutcome> {
    const claim = { id: m.id, attempt: m.attempts };
    const kept = (job.data as { accepted?: Accepted & { attempt: number } }).accepted;
    if (kept && kept.attempt === m.attempts) {
      await this.store.accepted(claim, kept);
      return 'envoye';
    }
    if (!(await this.store.inFlightExpired(m.id, this.config.MESSAGING_IN_FLIGHT_TIMEOUT_MS))) {
      throw new Error("Envoi en cours par une autre tentative : on attend qu'elle se termine");
    }
    if (m.canal === 'sms' && this.sms.canLookup) {
      const found = await this.sms.lookup(m);
      if (found.accepted) {
        await this.store.accepted(claim, {
          provider: m.provider ?? 'sms',
          providerId: found.providerId,
          subject: null,
          body: m.body,
          segments: m.segments,
          encoding: m.encoding,
        });
        return 'envoye';
      }
      await this.store.refused(claim, 'Envoi interrompu, inconnu du fournisseur : renvoyé', false);
      return 'relance';
    }
    await this.store.incertain(
      claim,
      `Envoi interrompu sans réponse du fournisseur${m.lastError ? ` (${m.lastError})` : ''} : reçu ou non, à vérifier avant de renvoyer`,
    );
    return 'incertain';
  }
}

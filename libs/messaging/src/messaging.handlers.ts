import { DOMAIN_EVENT, EventPayload, JOB, JobHandler, JobPayload, OnDomainEvent } from '@app/core';
import { Injectable } from '@nestjs/common';
import { Job } from 'bullmq';
import { MessageSender } from './delivery/message-sender.service';
import { MessagePurgeService } from './messages/message-purge.service';

/** One job per message and channel; the purge of an anonymised jeune's messages (worker only). */
@Injectable()
export class MessagingHandlers {
  constructor(
    private readonly sender: MessageSender,
    private readonly purge: MessagePurgeService,
  ) {}

  @JobHandler(JOB.SEND_EMAIL)
  sendEmail({ messageId }: JobPayload<typeof JOB.SEND_EMAIL>, job: Job) {
    return this.sender.process(messageId, job);
  }

  @JobHandler(JOB.SEND_SMS)
  sendSms({ messageId }: JobPayload<typeof JOB.SEND_SMS>, job: Job) {
    return this.sender.process(messageId, job);
  }

  @OnDomainEvent(DOMAIN_EVENT.JEUNE_ANONYMISE)
  jeuneAnonymise({ jeuneId }: EventPayload<typeof DOMAIN_EVENT.JEUNE_ANONYMISE>) {
    return this.purge.forJeune(jeuneId);
  }
}

import { DOMAIN_EVENT, JOB, JobHandlerRegistry } from '@app/core';
import { Module, OnModuleInit } from '@nestjs/common';
import { CooldownService } from './delivery/cooldown.service';
import { EmailChannel } from './delivery/email-channel.service';
import { InFlightResolver } from './delivery/in-flight-resolver.service';
import { MessageReconciler } from './delivery/message-reconciler.service';
import { MessageRelayService } from './delivery/message-relay.service';
import { MessageStore } from './delivery/message-store.service';
import { MessageSender } from './delivery/message-sender.service';
import { RecipientResolver } from './delivery/recipient-resolver.service';
import { SmsChannel } from './delivery/sms-channel.service';
import { MessagePurgeService } from './messages/message-purge.service';
import { MessagingModule } from './messaging.module';

/** The worker side: the relay (outbox rows → queues), the reconciler (lost jobs), one handler per channel. */
@Module({
  imports: [MessagingModule],
  providers: [
    MessageRelayService,
    MessageReconciler,
    MessageSender,
    MessageStore,
    InFlightResolver,
    RecipientResolver,
    CooldownService,
    EmailChannel,
    SmsChannel,
    MessagePurgeService,
  ],
  exports: [MessageRelayService, MessageReconciler],
})
export class MessagingWorkerModule implements OnModuleInit {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly sender: MessageSender,
    private readonly purge: MessagePurgeService,
  ) {}

  onModuleInit(): void {
    this.registry.register(JOB.SEND_EMAIL, ({ messageId }, job) =>
      this.sender.process(messageId, job),
    );
    this.registry.register(JOB.SEND_SMS, ({ messageId }, job) =>
      this.sender.process(messageId, job),
    );
    this.registry.subscribe(DOMAIN_EVENT.JEUNE_ANONYMISE, ({ jeuneId }) =>
      this.purge.forJeune(jeuneId),
    );
  }
}

import { Module } from '@nestjs/common';
import { CooldownService } from './delivery/cooldown.service';
import { EmailChannel } from './delivery/email-channel.service';
import { InFlightResolver } from './delivery/in-flight-resolver.service';
import { MessageReconciler } from './delivery/message-reconciler.service';
import { MessageRelayService } from './delivery/message-relay.service';
import { MessageStore } from './delivery/message-store.service';
import { MessageSender } from './delivery/message-sender.service';
import { ProviderRateLimit } from './delivery/provider-rate-limit';
import { RecipientResolver } from './delivery/recipient-resolver.service';
import { SmsChannel } from './delivery/sms-channel.service';
import { MessagePurgeService } from './messages/message-purge.service';
import { MessagingHandlers } from './messaging.handlers';
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
    ProviderRateLimit,
    EmailChannel,
    SmsChannel,
    MessagePurgeService,
    MessagingHandlers,
  ],
  exports: [MessageRelayService, MessageReconciler, ProviderRateLimit],
})
export class MessagingWorkerModule {}

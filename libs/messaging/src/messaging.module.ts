import { AccountsModule, InvitationMessaging } from '@app/accounts';
import { JeunesModule } from '@app/jeunes';
import { configProvider } from '@app/core';
import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MessageCooldown } from './messages/message-cooldown.entity';
import { MessageOptOut } from './messages/message-opt-out.entity';
import { Message } from './messages/message.entity';
import { MessageHistoriqueService } from './messages/message-historique.service';
import { MessageEvenementsService } from './messages/message-evenements.service';
import { MessagesSujetService } from './messages/messages-sujet.service';
import { ShortLink } from './links/short-link.entity';
import { SignedLinkUse } from './links/signed-link-use.entity';
import { ShortLinksService } from './links/short-links.service';
import { SignedLinksService } from './links/signed-links.service';
import { MessagingConfig } from './messaging.config';
import { InvitationMessagingAdapter } from './notifications/invitation-messaging.adapter';
import { NotificationsService } from './notifications/notifications.service';
import { PreferencesService } from './preferences/preferences.service';
import { SmsProvider } from './sms/sms-provider';
import { smsProviderFactory } from './sms/sms-provider.factory';
import { TemplateRenderer } from './templates/template-renderer.service';
import { MessageEventsService } from './webhooks/message-events.service';

export const ENTITIES = [Message, MessageCooldown, MessageOptOut, ShortLink, SignedLinkUse];
const EXPORTED = [
  NotificationsService,
  SignedLinksService,
  ShortLinksService,
  TemplateRenderer,
  MessageHistoriqueService,
  MessageEvenementsService,
  MessagesSujetService,
];

/**
 * Messaging for every module: `NotificationsService.notify(manager, …)` and `SignedLinksService`,
 * global once the app imported `MessagingModule`.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(ENTITIES), AccountsModule, JeunesModule],
  providers: [
    ...EXPORTED,
    PreferencesService,
    MessageEventsService,
    configProvider(MessagingConfig),
    { provide: SmsProvider, inject: [MessagingConfig], useFactory: smsProviderFactory },
    // Accounts' port (accounts cannot import messaging: messaging imports accounts).
    { provide: InvitationMessaging, useClass: InvitationMessagingAdapter },
  ],
  exports: [
    ...EXPORTED,
    PreferencesService,
    MessageEventsService,
    MessagingConfig,
    SmsProvider,
    InvitationMessaging,
    TypeOrmModule,
    AccountsModule,
    JeunesModule,
  ],
})
export class MessagingModule {}

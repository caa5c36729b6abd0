import { Module } from '@nestjs/common';
import { MessagesAdminService } from './admin/messages-admin.service';
import { MessagesController } from './admin/messages.controller';
import { DevSmsController } from './dev/dev-sms.controller';
import { ShortLinkController } from './links/short-link.controller';
import { MessagingModule } from './messaging.module';
import { PreferencesController } from './preferences/preferences.controller';
import { WebhooksController } from './webhooks/webhooks.controller';

/** The HTTP side: admin lists and resend, the jeune's timeline, links, preferences, webhooks, dev inbox. */
@Module({
  imports: [MessagingModule],
  providers: [MessagesAdminService],
  controllers: [
    MessagesController,
    ShortLinkController,
    PreferencesController,
    WebhooksController,
    DevSmsController,
  ],
})
export class MessagingApiModule {}

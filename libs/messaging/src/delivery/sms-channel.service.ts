import { AppConfig, PermanentJobError } from '@app/core';
import { Inject, Injectable } from '@nestjs/common';
import { ShortLinksService } from '../links/short-links.service';
import { Message } from '../messages/message.entity';
import { MessagingConfig } from '../messaging.config';
import { SmsLookup, SmsProvider, SmsSendError } from '../sms/sms-provider';
import { template, TemplateRenderer } from '../templates/template-renderer.service';
import { PreparedMessage } from './email-channel.service';

/** The tag the provider keeps with the SMS: the row id, and the round after an admin resend. */
export const smsReference = (m: Pick<Message, 'id' | 'round'>) =>
  m.round > 1 ? `${m.id}.${m.round}` : m.id;

/** How long a short link in an SMS keeps working (the signed link behind it has its own expiry). */
export const SHORT_LINK_TTL_DAYS = 60;

/**
 * SMS: links shortened through `/l/<code>`, text fitted to one segment where possible, counted
 * in GSM-7 / UCS-2 segments, sent through the configured provider.
 */
@Injectable()
export class SmsChannel {
  private readonly webhookUrl?: string;

  constructor(
    private readonly provider: SmsProvider,
    private readonly shortLinks: ShortLinksService,
    private readonly renderer: TemplateRenderer,
    @Inject(MessagingConfig) private readonly config: MessagingConfig,
    appConfig: AppConfig,
  ) {
    if (config.MESSAGING_WEBHOOK_TOKEN) {
      this.webhookUrl = `${appConfig.PUBLIC_URL.replace(/\/$/, '')}/webhooks/sms/${provider.name}?jeton=${encodeURIComponent(config.MESSAGING_WEBHOOK_TOKEN)}`;
    }
  }

  get canLookup(): boolean {
    return typeof this.provider.lookup === 'function';
  }

  /** Whether the provider accepted this message's SMS (after a crash hid the answer). */
  lookup(m: Message): Promise<SmsLookup> {
    return this.provider.lookup!(smsReference(m), m.adresse ?? '');
  }

  async prepare(m: Message, numero: string): Promise<PreparedMessage> {
    const data = { ...m.data };
    for (const field of template(m.template).liens) {
      const url = data[field];
      if (typeof url === 'string' && url) {
        data[field] = await this.shortLinks.shorten(url, m.id, SHORT_LINK_TTL_DAYS * 86_400);
      }
    }
    const sms = this.renderer.sms(m.template, data);
    const send = async () => {
      try {
        const { providerId } = await this.provider.send({
          to: numero,
          text: sms.text,
          sender: this.config.SMS_SENDER,
          unicode: sms.encoding === 'UCS-2',
          reference: smsReference(m),
          webhookUrl: this.webhookUrl,
        });
        return providerId;
      } catch (error) {
        if (error instanceof SmsSendError && error.permanent)
          throw new PermanentJobError(error.message);
        throw error;
      }
    };
    return {
      provider: this.provider.name,
      providerId: null,
      subject: null,
      body: sms.text,
      segments: sms.segments,
      encoding: sms.encoding,
      send,
    };
  }
}

import { StructuresService } from '@app/accounts';
import { AppConfig, MailService } from '@app/core';
import { Inject, Injectable } from '@nestjs/common';
import { SignedLinksService } from '../links/signed-links.service';
import { Message } from '../messages/message.entity';
import { MessagingConfig } from '../messaging.config';
import { TemplateRenderer } from '../templates/template-renderer.service';
import { SendSlots } from './send-slots';

export const PURPOSE = { PREFERENCES: 'preferences', DESABONNEMENT: 'desabonnement' } as const;

/**
 * A message rendered and ready to go: what the row records before the call (so a crash leaves
 * the exact content), and the call itself, which returns the provider's id.
 */
export interface PreparedMessage {
  provider: string;
  /** Known before the call for email (our Message-ID); the provider's answer for SMS. */
  providerId: string | null;
  subject: string | null;
  body: string | null;
  segments: number | null;
  encoding: 'GSM-7' | 'UCS-2' | null;
  send(): Promise<string>;
}

/** The Message-ID of a message: from the row id only, so every attempt and resend carries the same. */
export const emailMessageId = (messageId: string, host: string) => `${messageId}@${host}`;

/**
 * Email: renders the template (MJML layout, HTML + text), adds the preferences link and the
 * one-click List-Unsubscribe header (RFC 8058), sends over the pooled SMTP transport. The
 * Message-ID is our row id, the same at every attempt: a bounce or delivery report finds the row,
 * and a mailbox that received it already can recognise a copy sent after an ambiguous crash.
 */

/** The administrator may rename the structure (PATCH structures/current): emails follow within a minute. */
const STRUCTURE_NAME_TTL_MS = 60_000;
@Injectable()
export class EmailChannel {
  private readonly host: string;
  private readonly structureNames = new Map<string, { name: string; at: number }>();
  /** Emails claimed and not yet answered, at most MESSAGING_EMAIL_CONCURRENCY (see the config). */
  private readonly slots: SendSlots;

  constructor(
    private readonly mail: MailService,
    private readonly renderer: TemplateRenderer,
    private readonly links: SignedLinksService,
    private readonly structures: StructuresService,
    @Inject(MessagingConfig) private readonly config: MessagingConfig,
    appConfig: AppConfig,
  ) {
    this.host = new URL(appConfig.PUBLIC_URL).hostname;
    this.slots = new SendSlots(config.MESSAGING_EMAIL_CONCURRENCY);
  }

  /** Waits for a send slot; the function returned gives it back (once the call is over). */
  slot(): Promise<() => void> {
    return this.slots.acquire();
  }

  async prepare(m: Message, adresse: string, preferences: string): Promise<PreparedMessage> {
    const ttlSeconds = this.config.PREFERENCES_LINK_TTL_DAYS * 86_400;
    const preferencesUrl = this.links.url(
      'preferences',
      this.links.sign({ purpose: PURPOSE.PREFERENCES, subject: preferences, ttlSeconds }),
    );
    const unsubscribeUrl = this.links.url(
      'desabonnement',
      this.links.sign({ purpose: PURPOSE.DESABONNEMENT, subject: preferences, ttlSeconds }),
    );
    const structure = await this.structureName(m.structureId);
    const rendered = await this.renderer.email(m.template, m.data, { structure, preferencesUrl });
    const messageId = emailMessageId(m.id, this.host);
    const mail = {
      to: m.nom ? `"${m.nom.replace(/["\\]/g, '')}" <${adresse}>` : adresse,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      messageId: `<${messageId}>`,
      headers: {
        'List-Unsubscribe': `<${unsubscribeUrl}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        'Auto-Submitted': 'auto-generated',
        'X-Entity-Ref-ID': m.id,
      },
    };
    return {
      provider: 'smtp',
      providerId: messageId,
      subject: rendered.subject,
      body: null,
      segments: null,
      encoding: null,
      send: async () => {
        await this.mail.send(mail);
        return messageId;
      },
    };
  }

  private async structureName(id: string): Promise<string> {
    const hit = this.structureNames.get(id);
    if (hit && Date.now() - hit.at < STRUCTURE_NAME_TTL_MS) return hit.name;
    const name = (await this.structures.getById(id))?.nom ?? 'Votre Mission Locale';
    this.structureNames.set(id, { name, at: Date.now() });
    return name;
  }
}

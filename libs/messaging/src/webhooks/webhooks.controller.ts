import { DomainError, Public } from '@app/core';
import { Body, Controller, Headers, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { timingSafeEqual } from 'node:crypto';
import { MessagingConfig } from '../messaging.config';
import { SmsProvider } from '../sms/sms-provider';
import { EmailEvent, MessageEventsService } from './message-events.service';
import { assertTextFields, webhookEvents } from './webhook-body';

/** Fields the SMS parsers (Brevo, dev inbox) read as text. */
const SMS_TEXT_FIELDS = ['msg_status', 'reply', 'text', 'to', 'from', 'description'];
const EMAIL_TEXT_FIELDS = ['event', 'email', 'message-id', 'reason'];

/**
 * Providers' callbacks: SMS delivery reports and replies (STOP), email bounces. Authenticated by
 * the shared MESSAGING_WEBHOOK_TOKEN (query `jeton` or header `X-Webhook-Token`): the URL given
 * to the provider carries it. Without a token configured, they do not exist (404).
 */
@ApiExcludeController()
@Public()
@Controller('webhooks')
export class WebhooksController {
  constructor(
    private readonly events: MessageEventsService,
    private readonly provider: SmsProvider,
    @Inject(MessagingConfig) private readonly config: MessagingConfig,
  ) {}

  @Post('sms/:provider')
  @HttpCode(200)
  async sms(
    @Param('provider') provider: string,
    @Body() body: unknown,
    @Query('jeton') jeton?: unknown,
    @Headers('x-webhook-token') header?: string,
  ): Promise<{ traites: number }> {
    this.authenticate(jeton ?? header);
    if (provider !== this.provider.name) throw DomainError.notFound('Ce fournisseur');
    const events = webhookEvents(body);
    assertTextFields(events, SMS_TEXT_FIELDS, Array.isArray(body));
    return this.events.smsEvents(provider, this.provider.parseEvents(body));
  }

  @Post('email/brevo')
  @HttpCode(200)
  async email(
    @Body() body: unknown,
    @Query('jeton') jeton?: unknown,
    @Headers('x-webhook-token') header?: string,
  ): Promise<{ traites: number }> {
    this.authenticate(jeton ?? header);
    const events = webhookEvents(body);
    assertTextFields(events, EMAIL_TEXT_FIELDS, Array.isArray(body));
    return this.events.emailEvents(events as EmailEvent[]);
  }

  private authenticate(given?: unknown): void {
    const expected = this.config.MESSAGING_WEBHOOK_TOKEN;
    if (!expected) throw DomainError.notFound('Ce point d’entrée');
    // `?jeton=a&jeton=b` gives an array: only one string is a token.
    const a = Buffer.from(typeof given === 'string' ? given : '');
    const b = Buffer.from(expected);
    if (a.length !== b.length || !timingSafeEqual(a, b)) {
      throw new DomainError('UNAUTHENTICATED', 'Jeton de webhook invalide.');
    }
  }
}

import { OutgoingSms, SmsEvent, SmsLookup, SmsProvider, SmsSendError } from './sms-provider';

/** Brevo's transactional SMS answer: `{ messageId }` (201), or `{ code, message }` on error. */
interface BrevoAnswer {
  messageId?: number | string;
  code?: string;
  message?: string;
}

/** One event Brevo posts to `webUrl` (transactional SMS webhooks). */
interface BrevoSmsEvent {
  messageId?: number | string;
  msg_status?: string;
  to?: string;
  reply?: string;
  text?: string;
  description?: string;
}

/** One row of GET /v3/transactionalSMS/statistics/events (unaggregated SMS events). */
interface BrevoEventRow {
  messageId?: number | string;
  event?: string;
  tag?: string;
}

/** Events that say Brevo did not take the SMS in charge. */
const NOT_ACCEPTED = ['rejected', 'skipped'];

/**
 * Brevo transactional SMS (POST /v3/transactionalSMS/send, header `api-key`). The number is sent
 * without "+" (Brevo's format: country code then number). 5xx, 429, 408 and a refused connection
 * are transient; other 4xx (invalid number, bad sender, no credit) are permanent; a timeout or a
 * connection cut once the request left is ambiguous (Brevo may have accepted it): `lookup` then
 * asks Brevo's event log for our tag before anything is sent again.
 */
export class BrevoSmsProvider extends SmsProvider {
  readonly name = 'brevo';

  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
    private readonly timeoutMs: number,
  ) {
    super();
  }

  async send(sms: OutgoingSms): Promise<{ providerId: string }> {
    let res: Response;
    try {
      res = await fetch(`${this.baseUrl.replace(/\/$/, '')}/v3/transactionalSMS/send`, {
        method: 'POST',
        headers: {
          accept: 'application/json',
          'content-type': 'application/json',
          'api-key': this.apiKey,
        },
        body: JSON.stringify({
          sender: sms.sender,
          recipient: sms.to.replace(/^\+/, ''),
          content: sms.text,
          type: 'transactional',
          tag: sms.reference,
          unicodeEnabled: sms.unicode,
          ...(sms.webhookUrl ? { webUrl: sms.webhookUrl } : {}),
        }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const refused = (error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED';
      const detail = `Brevo injoignable : ${(error as Error).message}`;
      throw new SmsSendError(detail, false, !refused);
    }
    const body = (await res.json().catch(() => ({}))) as BrevoAnswer;
    // Accepted: never retried, even without an id (retrying would send it twice).
    if (res.ok) return { providerId: body.messageId !== undefined ? String(body.messageId) : '' };
    const detail = `Brevo ${res.status}${body.code ? ` ${body.code}` : ''}${body.message ? ` : ${body.message}` : ''}`;
    const transient = res.status >= 500 || res.status === 429 || res.status === 408;
    throw new SmsSendError(detail, !transient);
  }

  async lookup(reference: string, to: string): Promise<SmsLookup> {
    const query = new URLSearchParams({
      tags: reference,
      phoneNumber: to.replace(/^\+/, ''),
      days: '30',
      limit: '100',
    });
    const res = await fetch(
      `${this.baseUrl.replace(/\/$/, '')}/v3/transactionalSMS/statistics/events?${query}`,
      {
        headers: { accept: 'application/json', 'api-key': this.apiKey },
        signal: AbortSignal.timeout(this.timeoutMs),
      },
    );
    if (!res.ok) throw new Error(`Brevo (recherche par tag) : ${res.status}`);
    const body = (await res.json()) as { events?: BrevoEventRow[] };
    const found = (body.events ?? []).find(
      (e) => e.tag === reference && !NOT_ACCEPTED.includes(String(e.event ?? '').toLowerCase()),
    );
    return found
      ? { accepted: true, providerId: found.messageId !== undefined ? String(found.messageId) : '' }
      : { accepted: false };
  }

  parseEvents(body: unknown): SmsEvent[] {
    const events = (Array.isArray(body) ? body : [body]) as BrevoSmsEvent[];
    return events.flatMap((e): SmsEvent[] => {
      const providerId = e?.messageId !== undefined ? String(e.messageId) : '';
      const status = String(e?.msg_status ?? '').toLowerCase();
      const reply = e?.reply ?? e?.text;
      if ((status === 'replied' || status === 'reply') && e.to && reply) {
        return [{ kind: 'reponse', from: `+${e.to.replace(/^\+/, '')}`, text: reply, providerId }];
      }
      // Brevo handles "STOP" itself on some routes and reports it as an unsubscription.
      if ((status === 'unsubscribe' || status === 'unsubscribed') && e.to) {
        return [{ kind: 'reponse', from: `+${e.to.replace(/^\+/, '')}`, text: 'STOP', providerId }];
      }
      if (!providerId) return [];
      if (status === 'delivered') return [{ kind: 'delivre', providerId }];
      if (['hard_bounce', 'hardbounce', 'rejected', 'blocked'].includes(status)) {
        return [
          {
            kind: 'echec',
            providerId,
            error: `Brevo : ${status}${e.description ? ` (${e.description})` : ''}`,
          },
        ];
      }
      if (['soft_bounce', 'softbounce'].includes(status)) {
        return [{ kind: 'info', providerId, error: `Brevo : ${status}` }];
      }
      return [];
    });
  }
}

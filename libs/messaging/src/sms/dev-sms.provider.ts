import { randomUUID } from 'node:crypto';
import { OutgoingSms, SmsEvent, SmsProvider } from './sms-provider';

/**
 * Development: sends nothing. The SMS stays on its message row (text, number, segments) and the
 * local inbox page `/dev/sms` lists them, so a person trying the demo sees what jeunes receive.
 */
export class DevSmsProvider extends SmsProvider {
  readonly name = 'dev';

  async send(_sms: OutgoingSms): Promise<{ providerId: string }> {
    return { providerId: `dev-${randomUUID()}` };
  }

  /** The inbox page posts replies as `{ from, text }`. */
  parseEvents(body: unknown): SmsEvent[] {
    const b = body as { from?: string; text?: string };
    return b?.from && b?.text ? [{ kind: 'reponse', from: b.from, text: b.text }] : [];
  }
}

import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { waitFor } from './wait-for';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: ParsedMail['headers'];
  receivedAt: number;
}

/**
 * A real SMTP server for the tests (the `smtp-server` package): the service sends to it over TCP.
 * It can refuse the next messages with a given SMTP code, or hold a message until released,
 * to exercise retries and graceful shutdown.
 */
export class SmtpSink {
  readonly mails: ReceivedMail[] = [];
  /** When each DATA command arrived (accepted or not): the attempts. */
  readonly attempts: number[] = [];
  private failures: { code: number; message: string }[] = [];
  /** A slow server: each accepted message is answered this much later (in flight meanwhile). */
  delayMs = 0;
  /** Runs once a message is accepted, before the reply goes back (e.g. break the database). */
  onAccepted?: (mail: ReceivedMail) => Promise<void>;
  private holding?: { release: () => void; started: boolean };
  private server!: SMTPServer;
  port!: number;

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, _session, callback) => {
        this.attempts.push(Date.now());
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', async () => {
          const failure = this.failures.shift();
          if (failure) {
            const error = Object.assign(new Error(failure.message), { responseCode: failure.code });
            return callback(error);
          }
          if (this.holding) {
            this.holding.started = true;
            await new Promise<void>((resolve) => (this.holding!.release = resolve));
            this.holding = undefined;
          }
          const parsed = await simpleParser(Buffer.concat(chunks));
          const to = [parsed.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address ?? ''));
          // Recorded as received before the reply, as a real server that queued it (RFC 1047:
          // a connection cut now leaves the sender unsure, the mail delivered).
          const mail: ReceivedMail = {
            to,
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            headers: parsed.headers,
            receivedAt: Date.now(),
          };
          this.mails.push(mail);
          await this.onAccepted?.(mail);
          if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** The next `count` messages are refused with this SMTP reply code (4xx transient, 5xx permanent). */
  refuseNext(count: number, code: number, message = 'Refusé par le serveur de test'): void {
    for (let i = 0; i < count; i++) this.failures.push({ code, message });
  }

  /** Holds the next message's reply until released (the sender waits, as with a slow server). */
  armHold(): { started: () => boolean; release: () => void } {
    this.holding = { release: () => undefined, started: false };
    const holding = this.holding;
    return { started: () => holding.started, release: () => holding.release() };
  }

  async waitForMail(
    predicate: (m: ReceivedMail) => boolean,
    timeoutMs = 15000,
  ): Promise<ReceivedMail> {
    return waitFor(() => this.mails.find(predicate), { timeoutMs, what: 'an email' });
  }

  async stop(): Promise<void> {
    this.holding?.release();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** The first link in a text that points at the service. */
export function extractLink(text: string, base: string): string {
  const match = text.match(new RegExp(`${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\s"<>]+`));
  if (!match) throw new Error(`No link to ${base} in: ${text}`);
  return match[0];
}

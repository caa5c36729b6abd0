import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config';
import { PermanentJobError } from '../queues/job-errors';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  /** The Message-ID header (`<id@domain>`): set it to find the message again from a bounce report. */
  messageId?: string;
}

/**
 * SMTP transport (nodemailer, pooled). Classifies failures for the queues:
 * a 5xx answer (mailbox refused, bad address) is permanent; the rest (connection refused,
 * timeouts, 4xx) is transient and retried.
 */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly transport: Transporter;

  constructor(private readonly config: AppConfig) {
    // One options object with the URL in it: `createTransport(url, options)` takes its second
    // argument as message defaults, so the pool and the timeouts were silently ignored (a new
    // connection per message, nodemailer's default timeouts of minutes).
    this.transport = createTransport({
      url: config.SMTP_URL,
      pool: true,
      maxConnections: config.SMTP_POOL_SIZE,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }

  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    try {
      // Quoted-printable, stated: what nodemailer would pick for French text, without the scan of
      // every body it runs several times per message to choose (~10 % of its CPU per email).
      const info = await this.transport.sendMail({
        from: this.config.MAIL_FROM,
        textEncoding: 'quoted-printable',
        ...mail,
      });
      return { messageId: info.messageId };
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      if (code && code >= 500) {
        throw new PermanentJobError(`SMTP ${code}: ${(error as Error).message}`);
      }
      throw error;
    }
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}

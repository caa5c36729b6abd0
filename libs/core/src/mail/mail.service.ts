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
    this.transport = createTransport(config.SMTP_URL, {
      pool: true,
      maxConnections: config.SMTP_POOL_SIZE,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    } as never);
  }

  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    try {
      const info = await this.transport.sendMail({ from: this.config.MAIL_FROM, ...mail });
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

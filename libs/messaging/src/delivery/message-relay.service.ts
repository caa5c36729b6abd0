import { AppConfig, JOB, PollingRelay, QUEUE } from '@app/core';
import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobsOptions, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { MessageStatut } from '../messages/message-codes';
import { Message } from '../messages/message.entity';
import { MessagingConfig } from '../messaging.config';

const BATCH = 500;
/** Beyond this, a Redis that does not answer counts as down: the rows stay for the next tick. */
const QUEUE_TIMEOUT_MS = 5000;

export const JOB_NAME = { email: JOB.SEND_EMAIL, sms: JOB.SEND_SMS } as const;

export const messageJobId = (m: Pick<Message, 'id' | 'round'>) => `${m.id}.${m.round}`;

/** The job options of a send: attempts and backoff of messaging. */
export const sendJobOptions = (
  jobId: string,
  config: MessagingConfig,
  appConfig: AppConfig,
): JobsOptions => ({
  jobId,
  attempts: config.MESSAGING_MAX_ATTEMPTS,
  backoff: { type: 'exponential', delay: appConfig.QUEUE_BACKOFF_MS },
});

/**
 * Worker side: moves committed message rows (`queued_at` null) to the mail and SMS queues,
 * oldest first. The job id is the message id and round, so a row relayed twice (crash between
 * enqueue and marking) is still one job. When Redis is down the rows stay until it is back.
 */
@Injectable()
export class MessageRelayService extends PollingRelay {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUE.MAIL) private readonly mail: Queue,
    @InjectQueue(QUEUE.SMS) private readonly sms: Queue,
    private readonly appConfig: AppConfig,
    @Inject(MessagingConfig) private readonly config: MessagingConfig,
  ) {
    super(new Logger('MessageRelay'), BATCH);
  }

  protected pollMs(): number {
    return this.appConfig.OUTBOX_POLL_MS;
  }

  protected async relay(): Promise<number> {
    if (!(await this.redisReady())) return 0;
    return this.dataSource.transaction(async (manager) => {
      // SKIP LOCKED: several workers relay in parallel without queuing the same rows.
      const rows = await manager
        .getRepository(Message)
        .createQueryBuilder('m')
        .select(['m.id', 'm.round', 'm.canal'])
        .where('m.queuedAt IS NULL')
        .andWhere('m.statut = :s', { s: MessageStatut.EN_ATTENTE })
        .orderBy('m.createdAt', 'ASC')
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (rows.length === 0) return 0;
      const opts = (m: Message) => sendJobOptions(messageJobId(m), this.config, this.appConfig);
      const jobs = (canal: 'email' | 'sms', name: string) =>
        rows
          .filter((m) => m.canal === canal)
          .map((m) => ({ name, data: { messageId: m.id }, opts: opts(m) }));
      await withTimeout(
        Promise.all([
          this.mail.addBulk(jobs('email', JOB.SEND_EMAIL)),
          this.sms.addBulk(jobs('sms', JOB.SEND_SMS)),
        ]),
        QUEUE_TIMEOUT_MS,
      );
      await manager.getRepository(Message).update(
        rows.map((m) => m.id),
        { queuedAt: () => 'now()', jobId: () => `"id"::text || '.' || "round"` },
      );
      return rows.length;
    });
  }

  private redisReady(): Promise<boolean> {
    return redisReady(this.mail, this.sms);
  }
}

/** Both queues' connections are up (a relay that does not even try when Redis is down). */
export async function redisReady(...queues: Queue[]): Promise<boolean> {
  try {
    const clients = await withTimeout(Promise.all(queues.map((q) => q.client)), 1000);
    return clients.every((c) => c.status === 'ready');
  } catch {
    return false;
  }
}

export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis ne répond pas (${ms} ms)`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

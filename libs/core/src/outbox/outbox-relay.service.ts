import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { QUEUE } from '../queues/queues';
import { OutboxEvent } from './outbox-event.entity';
import { PollingRelay } from './polling-relay';

const BATCH = 200;

/**
 * Worker side: moves committed outbox rows to the events queue, oldest first. The job id is the
 * event id, so a row published twice (crash between enqueue and marking) is still one job.
 * When Redis is down the rows stay and go at the next tick.
 */
@Injectable()
export class OutboxRelayService extends PollingRelay {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUE.EVENTS) private readonly events: Queue,
    private readonly config: AppConfig,
  ) {
    super(new Logger('OutboxRelay'), BATCH);
  }

  protected pollMs(): number {
    return this.config.OUTBOX_POLL_MS;
  }

  protected relay(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      // SKIP LOCKED: several workers relay in parallel without publishing the same rows.
      const rows = await manager
        .getRepository(OutboxEvent)
        .createQueryBuilder('e')
        .where('e.publishedAt IS NULL')
        .orderBy('e.createdAt', 'ASC')
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (rows.length === 0) return 0;
      await this.events.addBulk(
        rows.map((e) => ({
          name: e.type,
          data: { eventId: e.id, ...e.payload },
          opts: { jobId: e.id },
        })),
      );
      await manager.getRepository(OutboxEvent).update(
        rows.map((e) => e.id),
        // The database's clock: the reconciler compares it with now().
        { publishedAt: () => 'now()' },
      );
      return rows.length;
    });
  }
}

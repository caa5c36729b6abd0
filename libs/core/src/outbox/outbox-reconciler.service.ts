import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { JobHandlerRegistry } from '../queues/job-handlers';
import { QUEUE } from '../queues/queues';
import { PollingRelay } from './polling-relay';

const BATCH = 200;
/** Published again at most this many times; then left to the logs and the queue dashboard. */
export const MAX_REPUBLISH = 5;

interface Row {
  id: string;
  type: string;
  payload: Record<string, unknown>;
  republished: number;
}

export const eventJobId = (id: string, republished: number) =>
  republished ? `${id}.r${republished}` : id;

/**
 * Relayed events whose job was lost: published but not processed after RECONCILE_AFTER_MS
 * (Redis restarted without its data, a job failed as "stalled more than allowable limit").
 * The worker marks an event processed once every subscriber ran; one still unprocessed whose
 * job is gone or failed by stalling is published again as `<id>.r<n>` (a new id, not deduped
 * against the lost one; subscribers are idempotent). A job failed by its handler after all its
 * retries is a bug to read in the dashboard, not something to replay forever: it is left.
 * A loop in the worker, as the relay, because Redis's own schedulers vanish with its data.
 */
@Injectable()
export class OutboxReconcilerService extends PollingRelay {
  private readonly log = new Logger('OutboxReconciler');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUE.EVENTS) private readonly events: Queue,
    private readonly config: AppConfig,
    registry: JobHandlerRegistry,
  ) {
    super(new Logger('OutboxReconciler'), BATCH);
    registry.onEventProcessed((eventId) => this.markProcessed(eventId));
  }

  protected pollMs(): number {
    return this.config.RECONCILE_EVERY_MS;
  }

  async markProcessed(eventId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE "outbox_events" SET "processed_at" = now() WHERE "id" = $1 AND "processed_at" IS NULL`,
      [eventId],
    );
  }

  protected async relay(): Promise<number> {
    const client = await this.events.client;
    if (client.status !== 'ready') return 0;
    return this.dataSource.transaction(async (manager) => {
      const rows: Row[] = await manager.query(
        `SELECT "id", "type", "payload", "republished" FROM "outbox_events"
         WHERE "published_at" IS NOT NULL AND "processed_at" IS NULL
           AND "published_at" < now() - make_interval(secs => $1::float8 / 1000)
         ORDER BY "published_at" LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [this.config.RECONCILE_AFTER_MS, BATCH],
      );
      const lost: Row[] = [];
      const wait: string[] = [];
      const done: string[] = [];
      for (const row of rows) {
        const job = await this.events.getJob(eventJobId(row.id, row.republished));
        const state = job ? await job.getState() : 'unknown';
        const stalled = state === 'failed' && /stalled/i.test(job?.failedReason ?? '');
        // Completed without the mark: run by a worker older than the mark (rolling deploy).
        if (state === 'completed') done.push(row.id);
        else if ((state === 'unknown' || stalled) && row.republished < MAX_REPUBLISH)
          lost.push(row);
        else wait.push(row.id);
      }
      if (done.length) {
        await manager.query(
          `UPDATE "outbox_events" SET "processed_at" = now() WHERE "id" = ANY($1)`,
          [done],
        );
      }
      // Alive, failed by its handler, or given up: looked at again one period later.
      if (wait.length) {
        await manager.query(
          `UPDATE "outbox_events" SET "published_at" = now() WHERE "id" = ANY($1)`,
          [wait],
        );
      }
      if (lost.length === 0) return 0;
      await manager.query(
        `UPDATE "outbox_events" SET "published_at" = now(), "republished" = "republished" + 1 WHERE "id" = ANY($1)`,
        [lost.map((r) => r.id)],
      );
      await this.events.addBulk(
        lost.map((e) => ({
          name: e.type,
          data: { eventId: e.id, ...e.payload },
          opts: { jobId: eventJobId(e.id, e.republished + 1) },
        })),
      );
      this.log.warn({ events: lost.length }, 'Événements dont la tâche était perdue : republiés');
      return lost.length;
    });
  }
}

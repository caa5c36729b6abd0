import {
  AppConfig,
  Clock,
  DOMAIN_EVENT,
  outboxInsertFromSql,
  PollingRelay,
  QUEUE,
} from '@app/core';
import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { MessageStatut } from '../messages/message-codes';
import { FACT_COLUMNS, factPayloadSql } from '../messages/message-statut-write';
import { MessagingConfig } from '../messaging.config';
import { JOB_NAME, redisReady, sendJobOptions, withTimeout } from './message-relay.service';

const BATCH = 200;
/** States of a job that will still run: its message is not lost. */
const ALIVE = ['active', 'waiting', 'paused', 'delayed', 'prioritized', 'waiting-children'];

interface Row {
  id: string;
  round: number;
  canal: 'email' | 'sms';
  statut: MessageStatut;
  job_id: string | null;
  requeues: number;
}

/**
 * Messages whose job was lost: queued but neither sent nor failed after RECONCILE_AFTER_MS
 * (Redis restarted without its data, a job failed as "stalled more than allowable limit"), a
 * deferred SMS past its time, an `en_cours` past MESSAGING_IN_FLIGHT_TIMEOUT_MS. If their job
 * is gone, completed or failed, they are queued again under a new job id (`<id>.<round>.r<n>`,
 * so BullMQ does not dedupe it against the stale one); the sender reloads the row and settles
 * an interrupted call before anything is sent. After MESSAGING_MAX_REQUEUES: `echec`, or
 * `incertain` for an interrupted call, where admins see them.
 * A loop in the worker rather than a repeatable job: a Redis that lost its data loses its
 * repeatable jobs too, and this is what must notice that.
 */
@Injectable()
export class MessageReconciler extends PollingRelay {
  private readonly log = new Logger('MessageReconciler');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUE.MAIL) private readonly mail: Queue,
    @InjectQueue(QUEUE.SMS) private readonly sms: Queue,
    private readonly appConfig: AppConfig,
    @Inject(MessagingConfig) private readonly config: MessagingConfig,
    private readonly clock: Clock,
  ) {
    super(new Logger('MessageReconciler'), BATCH);
  }

  protected pollMs(): number {
    return this.appConfig.RECONCILE_EVERY_MS;
  }

  protected async relay(): Promise<number> {
    if (!(await redisReady(this.mail, this.sms))) return 0;
    return this.dataSource.transaction(async (manager) => {
      const after = this.appConfig.RECONCILE_AFTER_MS;
      const rows: Row[] = await manager.query(
        `SELECT "id", "round", "canal", "statut", "job_id", "requeues" FROM "messages"
         WHERE "statut" NOT IN ('envoye', 'delivre', 'echec', 'supprime') AND (
           ("statut" = 'en_attente' AND "queued_at" < now() - make_interval(secs => $1::float8 / 1000))
           OR ("statut" = 'differe' AND "not_before" < $2)
           OR ("statut" = 'en_cours' AND "sending_at" < now() - make_interval(secs => $3::float8 / 1000)))
         ORDER BY "updated_at" LIMIT $4 FOR UPDATE SKIP LOCKED`,
        [
          after,
          new Date(this.clock.now().getTime() - after),
          this.config.MESSAGING_IN_FLIGHT_TIMEOUT_MS,
          BATCH,
        ],
      );
      if (rows.length === 0) return 0;
      const lost: Row[] = [];
      const alive: string[] = [];
      for (const row of rows) {
        const queue = row.canal === 'email' ? this.mail : this.sms;
        const state = await withTimeout(
          queue.getJobState(row.job_id ?? `${row.id}.${row.round}`),
          5000,
        );
        if (ALIVE.includes(state)) alive.push(row.id);
        else lost.push(row);
      }
      // Still in the queue (a backlog): checked again in RECONCILE_AFTER_MS, behind the others.
      if (alive.length) {
        await manager.query(
          `UPDATE "messages" SET "queued_at" = now(), "updated_at" = now()
           WHERE "id" = ANY($1) AND "statut" = 'en_attente'`,
          [alive],
        );
      }
      const max = this.config.MESSAGING_MAX_REQUEUES;
      await this.giveUp(
        manager,
        lost.filter((r) => r.requeues >= max),
      );
      await this.requeue(
        manager,
        lost.filter((r) => r.requeues < max),
      );
      return lost.length;
    });
  }

  private async requeue(manager: EntityManager, rows: Row[]): Promise<void> {
    if (rows.length === 0) return;
    const requeued: { id: string; canal: 'email' | 'sms'; job_id: string }[] = (
      await manager.query(
        `UPDATE "messages" SET "requeues" = "requeues" + 1, "queued_at" = now(), "updated_at" = now(),
           "job_id" = "id"::text || '.' || "round" || '.r' || ("requeues" + 1)
         WHERE "id" = ANY($1) RETURNING "id", "canal", "job_id"`,
        [rows.map((r) => r.id)],
      )
    )[0];
    const jobs = (canal: 'email' | 'sms') =>
      requeued
        .filter((r) => r.canal === canal)
        .map((r) => ({
          name: JOB_NAME[canal],
          data: { messageId: r.id },
          opts: sendJobOptions(r.job_id, this.config, this.appConfig),
        }));
    await withTimeout(
      Promise.all([this.mail.addBulk(jobs('email')), this.sms.addBulk(jobs('sms'))]),
      5000,
    );
    this.log.warn(
      { messages: requeued.length },
      'Messages dont la tâche était perdue : remis en file',
    );
  }

  private async giveUp(manager: EntityManager, rows: Row[]): Promise<void> {
    if (rows.length === 0) return;
    const reason = `Tâche perdue ${this.config.MESSAGING_MAX_REQUEUES + 1} fois (panne de Redis ou du worker)`;
    // A message given up as `echec` is a failure the report counts: its fact, same statement.
    await manager.query(
      `WITH u AS (UPDATE "messages" SET
         "statut" = CASE WHEN "statut" = 'en_cours' THEN 'incertain'::message_statut ELSE 'echec'::message_statut END,
         "failed_at" = CASE WHEN "statut" = 'en_cours' THEN NULL ELSE now() END,
         "last_error" = $2, "updated_at" = now()
       WHERE "id" = ANY($1) RETURNING ${FACT_COLUMNS}),
       e AS (${outboxInsertFromSql(DOMAIN_EVENT.MESSAGE_STATUT, 'u', 'u.id', factPayloadSql(`to_json(now()) #>> '{}'`), `u.statut = 'echec'`)})
       SELECT count(*) FROM u`,
      [rows.map((r) => r.id), reason],
    );
    this.log.error({ messages: rows.length }, reason);
  }
}

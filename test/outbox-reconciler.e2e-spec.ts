import { DOMAIN_EVENT, QUEUE, redisOptions } from '@app/core';
import { getQueueToken } from '@nestjs/bullmq';
import { Test } from '@nestjs/testing';
import { INestApplicationContext } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { WorkerModule } from '../apps/worker/src/worker.module';
import { createTestContext, TestContext } from './support/test-context';
import { REDIS_URL } from './support/test-env';
import { waitFor } from './support/wait-for';

/**
 * Issue 10, point 2, for outbox events: a relayed event whose job BullMQ failed as "stalled more
 * than allowable limit" (two worker crashes in a row) is published again and handled; one whose
 * handler failed after all its retries is left for the dashboard, not replayed forever.
 */
describe('Outbox : un événement dont la tâche a calé deux fois est republié', () => {
  let ctx: TestContext;
  let worker: INestApplicationContext | undefined;

  beforeAll(async () => {
    ctx = await createTestContext({
      env: { RECONCILE_EVERY_MS: '200', RECONCILE_AFTER_MS: '500' },
    });
  });
  afterAll(async () => {
    await worker?.close();
    await ctx.close();
  });

  /** An event relayed to the queue (row published), then its job failed with this reason. */
  async function relayedThenFailed(reason: string): Promise<string> {
    const jeuneId = randomUUID();
    const [{ id }] = await ctx.dataSource.query(
      `INSERT INTO outbox_events (type, aggregate_id, payload, published_at)
       VALUES ($1, $2, $3, now()) RETURNING id`,
      [DOMAIN_EVENT.JEUNE_ANONYMISE, jeuneId, { jeuneId, version: 1 }],
    );
    const events = ctx.api.get<Queue>(getQueueToken(QUEUE.EVENTS));
    await events.add(
      DOMAIN_EVENT.JEUNE_ANONYMISE,
      { eventId: id, jeuneId, version: 1 },
      { jobId: id, attempts: 1 },
    );
    const taker = new Worker(QUEUE.EVENTS, null, {
      connection: redisOptions(REDIS_URL),
      prefix: ctx.redisPrefix,
    });
    const job = (await taker.getNextJob('jeton-test'))!;
    expect(job.id).toBe(id);
    await job.moveToFailed(new Error(reason), 'jeton-test');
    await taker.close();
    return id;
  }

  it('stalled twice: republished as <id>.r1 and processed; failed by its handler: left', async () => {
    const stalled = await relayedThenFailed('job stalled more than allowable limit');
    const broken = await relayedThenFailed('Erreur du gestionnaire');
    const [{ published_at: before }] = await ctx.dataSource.query(
      `SELECT published_at FROM outbox_events WHERE id = $1`,
      [broken],
    );

    const ref = await Test.createTestingModule({
      imports: [WorkerModule.forRoot(ctx.env)],
    }).compile();
    worker = ref.createNestApplication({ logger: false });
    await worker.init();

    const row = async (id: string) =>
      (
        await ctx.dataSource.query(
          `SELECT processed_at, republished, published_at FROM outbox_events WHERE id = $1`,
          [id],
        )
      )[0];
    await waitFor(async () => (await row(stalled)).processed_at !== null, {
      what: 'the stalled event processed',
    });
    expect((await row(stalled)).republished).toBe(1);
    const events = ctx.api.get<Queue>(getQueueToken(QUEUE.EVENTS));
    expect(await (await events.getJob(`${stalled}.r1`))!.getState()).toBe('completed');

    // Looked at (its check postponed) but not republished.
    await waitFor(async () => (await row(broken)).published_at > before, {
      what: 'the failed event looked at',
    });
    expect(await row(broken)).toMatchObject({ processed_at: null, republished: 0 });
  });
});

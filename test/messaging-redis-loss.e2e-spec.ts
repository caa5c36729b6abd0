import { DOMAIN_EVENT, FixedClock, OutboxService, QUEUE } from '@app/core';
import { MessageStatut } from '@app/messaging';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { BrevoStandIn } from './support/brevo-stand-in';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { mobileOf, notifyContacts, statuts } from './support/messaging';
import { freePort, RedisServer } from './support/redis-server';
import { createTestContext, TestContext } from './support/test-context';
import { waitFor } from './support/wait-for';

const clock = new FixedClock(new Date('2026-12-01T09:00:00Z')); // Tuesday, 10:00 in Paris
/** Contacts (one email and one SMS each): 150 by default, more for a measurement run. */
const COUNT = Number(process.env.RELIABILITY_CONTACTS ?? 150);
const EVENTS = 20;

/**
 * Issue 10, point 2 (messages stuck forever), with a Redis of the test's own, without
 * persistence: 300 messages and 20 domain events are on the queues (paused, so nothing ran)
 * when Redis is killed and started again empty. The jobs are gone; the rows say "queued".
 * The reconcilers find them and queue them again: every message sent once, every event handled.
 */
describe('Messagerie : Redis redémarré sans ses données, aucun message perdu', () => {
  let redis: RedisServer;
  let brevo: BrevoStandIn;
  let ctx: TestContext;
  let ml: SeededStructure;

  beforeAll(async () => {
    redis = await new RedisServer(await freePort()).start();
    brevo = await new BrevoStandIn().start();
    ctx = await createTestContext({
      worker: true,
      clock,
      env: {
        REDIS_URL: redis.url,
        SMS_PROVIDER: 'brevo',
        BREVO_API_URL: brevo.url,
        BREVO_API_KEY: brevo.key,
        OUTBOX_POLL_MS: '100',
        RECONCILE_EVERY_MS: '200',
        RECONCILE_AFTER_MS: '1000',
        MESSAGING_RESEND_COOLDOWN_HOURS: '0',
      },
    });
    ml = await seedStructure(ctx, 'ml-redis-perte');
  });
  afterAll(async () => {
    await redis.start();
    await ctx.close();
    await redis.stop();
    await brevo.stop();
  });

  const queue = (name: string) => ctx.api.get<Queue>(getQueueToken(name));

  it(`${2 * COUNT} messages and 20 events queued, Redis restarted empty: all sent once, all events handled`, async () => {
    for (const q of [QUEUE.MAIL, QUEUE.SMS, QUEUE.EVENTS]) await queue(q).pause();
    const sent = await notifyContacts(ctx, ml.id, 'perte', COUNT);
    const eventIds: string[] = [];
    await ctx.dataSource.transaction(async (manager) => {
      for (let i = 0; i < EVENTS; i++) {
        const jeuneId = randomUUID();
        await ctx.api
          .get(OutboxService)
          .record(manager, DOMAIN_EVENT.JEUNE_ANONYMISE, jeuneId, { jeuneId, version: 1 });
      }
      const rows: { id: string }[] = await manager.query(`SELECT id FROM outbox_events`);
      eventIds.push(...rows.map((r) => r.id));
    });
    // Relayed: the rows are marked queued, the jobs wait in Redis.
    await waitFor(
      async () => {
        const [{ m }] = await ctx.dataSource.query(
          `SELECT count(*)::int AS m FROM messages WHERE id = ANY($1) AND queued_at IS NOT NULL`,
          [sent.ids],
        );
        const [{ e }] = await ctx.dataSource.query(
          `SELECT count(*)::int AS e FROM outbox_events WHERE published_at IS NOT NULL`,
        );
        return m === 2 * COUNT && e === eventIds.length;
      },
      { what: 'every row relayed' },
    );
    expect(await queue(QUEUE.MAIL).getWaitingCount()).toBe(COUNT);

    await redis.stop(); // no persistence: the jobs are lost with it
    // Meanwhile, admins see them waiting, with their age.
    const etat = await ctx
      .http()
      .get('/messages/etat')
      .set(bearer(ml.users.admin.token))
      .expect(200);
    const attente = etat.body.filter((r: { statut: string }) => r.statut === 'en_attente');
    expect(attente.map((r: { nombre: number }) => r.nombre)).toEqual([COUNT, COUNT]);
    await redis.start();
    const restarted = Date.now();

    await waitFor(async () => (await statuts(ctx, sent.ids))[MessageStatut.ENVOYE] === 2 * COUNT, {
      timeoutMs: 90000,
      intervalMs: 200,
      what: 'every message envoye',
    });
    const recoveredMs = Date.now() - restarted;
    for (let i = 0; i < COUNT; i++) {
      expect(ctx.smtp.mails.filter((m) => m.to.includes(`perte${i}@contacts.test`))).toHaveLength(
        1,
      );
      expect(brevo.sentTo(mobileOf(i))).toHaveLength(1);
    }
    // Queued again under a new job id (not deduped against the lost one), once.
    const requeued: { requeues: number; job_id: string; id: string; round: number }[] =
      await ctx.dataSource.query(
        `SELECT id, round, requeues, job_id FROM messages WHERE id = ANY($1)`,
        [sent.ids],
      );
    expect(requeued.every((r) => r.requeues === 1 && r.job_id === `${r.id}.${r.round}.r1`)).toBe(
      true,
    );

    await waitFor(
      async () => {
        const [{ n }] = await ctx.dataSource.query(
          `SELECT count(*)::int AS n FROM outbox_events WHERE processed_at IS NOT NULL AND republished = 1`,
        );
        return n === eventIds.length;
      },
      { timeoutMs: 30000, what: 'every event republished once and processed' },
    );
    const job = await queue(QUEUE.EVENTS).getJob(`${eventIds[0]}.r1`);
    expect(await job!.getState()).toBe('completed');
    // The crash window of one send: from `en_cours` (committed) to the status write.
    const window: { canal: string; p50: number; p99: number }[] = await ctx.dataSource.query(
      `SELECT canal, round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)) AS p50,
         round(percentile_cont(0.99) WITHIN GROUP (ORDER BY ms)) AS p99 FROM (
         SELECT canal, extract(epoch FROM updated_at - sending_at) * 1000 AS ms FROM messages
         WHERE id = ANY($1)) w GROUP BY canal`,
      [sent.ids],
    );
    console.log(JSON.stringify({ messages: 2 * COUNT, recoveredMs, claimToWriteMs: window }));
  });

  it('an SMS deferred to 08:00 whose delayed job Redis lost is sent at 08:00 all the same', async () => {
    clock.set(new Date('2026-12-01T20:30:00Z')); // Tuesday 21:30 in Paris: quiet hours
    const { sms } = await notifyContacts(ctx, ml.id, 'nuit', 1, ['sms']);
    const deferred = await waitFor(
      async () => {
        const [m] = await ctx.dataSource.query(
          `SELECT statut, not_before, job_id FROM messages WHERE id = $1`,
          [sms[0]],
        );
        return m.statut === MessageStatut.DIFFERE && m;
      },
      { what: 'the SMS deferred' },
    );
    expect(new Date(deferred.not_before).toISOString()).toBe('2026-12-02T07:00:00.000Z');
    expect(await queue(QUEUE.SMS).getJobState(deferred.job_id)).toBe('delayed');

    await redis.stop();
    await redis.start(); // empty: the delayed job is gone
    // The API's clients fail fast while reconnecting (no offline queue): ask until they are back.
    await waitFor(async () => (await queue(QUEUE.SMS).getJobState(deferred.job_id)) === 'unknown', {
      what: 'the delayed job gone with Redis',
    });
    clock.set(new Date('2026-12-02T07:05:00Z')); // Wednesday 08:05

    await waitFor(async () => (await statuts(ctx, sms))[MessageStatut.ENVOYE] === 1, {
      timeoutMs: 30000,
      what: 'the deferred SMS sent',
    });
    expect(brevo.sentTo(mobileOf(0)).filter((r) => r.body.tag === sms[0])).toHaveLength(1);
    const [row] = await ctx.dataSource.query(`SELECT requeues FROM messages WHERE id = $1`, [
      sms[0],
    ]);
    expect(row.requeues).toBe(1);
  });
});

import { MessageStatut } from '@app/messaging';
import { seedStructure, SeededStructure } from './support/fixtures';
import { notify } from './support/messaging';
import { freePort, RedisServer } from './support/redis-server';
import { createTestContext, TEST_PUBLIC_URL, TestContext } from './support/test-context';
import { waitFor } from './support/wait-for';

/**
 * The outbox against a Redis of the test's own (never the shared one): it is stopped while 100
 * notifications are requested, then started again, empty.
 */
describe("Messagerie : l'outbox garde les messages quand Redis est arrêté", () => {
  let redis: RedisServer;
  let ctx: TestContext;
  let ml: SeededStructure;

  beforeAll(async () => {
    redis = await new RedisServer(await freePort()).start();
    ctx = await createTestContext({
      worker: true,
      env: { REDIS_URL: redis.url, OUTBOX_POLL_MS: '100' },
    });
    ml = await seedStructure(ctx, 'ml-outbox');
  });
  afterAll(async () => {
    // Closing needs Redis (the workers disconnect cleanly), even if the test stopped halfway.
    await redis.start();
    await ctx.close();
    await redis.stop();
  });

  it('Redis stopped while 100 notifications are requested, then started: all 100 sent, each once', async () => {
    await redis.stop();
    const ids: string[] = [];
    for (let i = 0; i < 100; i++) {
      ids.push(
        ...(await notify(ctx, {
          event: `candidat:panne:${i}`,
          structureId: ml.id,
          destinataire: { email: `employeur${i}@panne.test` },
          template: 'mer_candidat',
          data: {
            offre: `Offre ${i}`,
            candidat: 'Lina B.',
            details: '',
            lien: `${TEST_PUBLIC_URL}/offres/${i}`,
            relance: '0',
          },
        })),
      );
    }
    expect(ids).toHaveLength(100);
    const pending = async () =>
      (
        await ctx.dataSource.query(
          `SELECT count(*)::int AS n FROM messages WHERE id = ANY($1) AND statut = $2 AND queued_at IS NULL`,
          [ids, MessageStatut.EN_ATTENTE],
        )
      )[0].n;
    // The relay keeps trying (every 100 ms) and keeps the rows while Redis is away.
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(await pending()).toBe(100);
    expect(ctx.smtp.mails.filter((m) => m.to[0]?.endsWith('@panne.test'))).toHaveLength(0);

    await redis.start();
    await waitFor(
      () => ctx.smtp.mails.filter((m) => m.to[0]?.endsWith('@panne.test')).length >= 100,
      { timeoutMs: 45000, what: '100 emails' },
    );
    await waitFor(
      async () =>
        (
          await ctx.dataSource.query(
            `SELECT count(*)::int AS n FROM messages WHERE id = ANY($1) AND statut = 'envoye'`,
            [ids],
          )
        )[0].n === 100,
      { what: 'every row envoye' },
    );
    const recipients = ctx.smtp.mails
      .flatMap((m) => m.to)
      .filter((to) => to.endsWith('@panne.test'));
    expect(new Set(recipients).size).toBe(100);
    expect(recipients).toHaveLength(100);
  });
});

import { QUEUE } from '@app/core';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { createTestContext, TestContext } from './support/test-context';
import { waitForJob } from './support/jobs';
import { waitFor } from './support/wait-for';
import { WorkerProcess } from './support/worker-process';

const BACKOFF_MS = 150;

describe('Worker : traitement, reprises, arrêt propre', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let queue: Queue;

  beforeAll(async () => {
    ctx = await createTestContext({ worker: true, env: { QUEUE_BACKOFF_MS: String(BACKOFF_MS) } });
    ml = await seedStructure(ctx, 'ml-worker');
    queue = ctx.api.get<Queue>(getQueueToken(QUEUE.MAIL));
  });
  afterAll(() => ctx.close());

  /** An invitation: its email is a messages row, sent by the worker (send-email on `mail`). */
  const invite = async (email: string): Promise<string> => {
    const res = await ctx
      .http()
      .post('/invitations')
      .set(bearer(ml.users.cre.token))
      .send({ email, role: 'employeur', prenom: 'Test', nom: 'Worker' })
      .expect(201);
    return res.body.envoi.messageId;
  };
  const message = async (id: string) =>
    (await ctx.http().get(`/messages/${id}`).set(bearer(ml.users.cre.token)).expect(200)).body;
  const jobOf = async (id: string) => {
    const found = (
      await queue.getJobs(['completed', 'failed', 'delayed', 'active', 'waiting'])
    ).find((j) => j.data.messageId === id);
    // getJobs() returns snapshots: re-fetch before reading state or counters.
    return found && (await queue.getJob(found.id!));
  };

  it('processes a job enqueued by the API in the worker module', async () => {
    const id = await invite('simple@worker.test');
    await ctx.smtp.waitForMail((m) => m.to.includes('simple@worker.test'));
    await waitFor(async () => (await message(id)).statut === 'envoye', { what: 'envoye' });
    // The row is written by the handler just before BullMQ records the job as completed.
    await waitForJob(queue, () => jobOf(id), 'completed');
  });

  it('retries a transient failure (SMTP 421) with exponential backoff, then delivers once', async () => {
    ctx.smtp.refuseNext(2, 421, 'Service temporairement indisponible');
    const before = ctx.smtp.attempts.length;
    const id = await invite('reessai@worker.test');
    await ctx.smtp.waitForMail((m) => m.to.includes('reessai@worker.test'));
    const attempts = ctx.smtp.attempts.slice(before);
    expect(attempts).toHaveLength(3);
    // Exponential: the second wait is at least twice the base delay, the first at least the base.
    expect(attempts[1] - attempts[0]).toBeGreaterThanOrEqual(BACKOFF_MS - 10);
    expect(attempts[2] - attempts[1]).toBeGreaterThanOrEqual(2 * BACKOFF_MS - 10);
    const row = await waitFor(async () => {
      const r = await message(id);
      return r.statut === 'envoye' && r;
    });
    expect(row.tentatives).toBe(3);
    expect(ctx.smtp.mails.filter((m) => m.to.includes('reessai@worker.test'))).toHaveLength(1);
  });

  it('fails a permanent error (SMTP 550) at once, and records it on the message', async () => {
    ctx.smtp.refuseNext(1, 550, 'Boîte aux lettres inconnue');
    const before = ctx.smtp.attempts.length;
    const id = await invite('inconnu@worker.test');
    const row = await waitFor(
      async () => {
        const r = await message(id);
        return r.statut === 'echec' && r;
      },
      { what: 'echec' },
    );
    expect(row.derniereErreur).toContain('550');
    expect(row.tentatives).toBe(1);
    expect(ctx.smtp.attempts.length - before).toBe(1);
  });

  it('SIGTERM during a job: the worker finishes it before exiting, nothing lost or sent twice', async () => {
    // Only the separate process may take jobs here: close the in-process worker first.
    await ctx.worker!.close();
    const worker = await new WorkerProcess(ctx.env).start();
    try {
      const hold = ctx.smtp.armHold();
      const id = await invite('arret@worker.test');
      await waitFor(() => hold.started(), { what: 'the email to reach the SMTP server' });
      worker.signal('SIGTERM');
      await worker.waitForLog('SIGTERM reçu');
      hold.release();
      const exit = await worker.exited();
      expect(exit.code === 0 || exit.signal === 'SIGTERM').toBe(true);
      expect(worker.lines.some((l) => /"level":50|ERROR/.test(l))).toBe(false);
      const row = await message(id);
      expect(row.statut).toBe('envoye');
      expect(ctx.smtp.mails.filter((m) => m.to.includes('arret@worker.test'))).toHaveLength(1);
      await waitForJob(queue, () => jobOf(id), 'completed');
    } finally {
      await worker.stop();
    }
  });
});

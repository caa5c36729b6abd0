import { FixedClock, JOB, QUEUE } from '@app/core';
import { MatchingService, MatchingTriggers } from '@app/matching';
import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { seedStructure, SeededStructure } from './support/fixtures';
import {
  aLEst,
  jeune,
  OffreCree,
  offrePubliee,
  projeter,
  proposes,
} from './support/matching-fixtures';
import { holdJeuneLock, startWorker } from './support/matching-worker';
import { createTestContext, TestContext } from './support/test-context';
import { waitForJob } from './support/jobs';
import { waitFor } from './support/wait-for';
import { WorkerProcess } from './support/worker-process';

const clock = new FixedClock(new Date('2026-12-01T08:00:00Z'));

describe('Matching : la file (déclencheurs, panne du worker, deux workers en parallèle)', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let queue: Queue;
  const workers: INestApplicationContext[] = [];

  beforeAll(async () => {
    ctx = await createTestContext({ clock, env: { OUTBOX_POLL_MS: '50' } });
    ml = await seedStructure(ctx, 'ml-matching-file');
    queue = ctx.api.get<Queue>(getQueueToken(QUEUE.MATCHING));
  });
  afterAll(async () => {
    for (const w of workers) await w.close();
    await ctx.close();
  });

  const jobsOf = async (offreId: string) =>
    (
      await queue.getJobs(['completed', 'failed', 'delayed', 'active', 'waiting', 'prioritized'])
    ).filter((j) => j.name === JOB.MATCH_OFFRE && j.data.offreId === offreId);

  it('50 triggers for one offer are one job and one match', async () => {
    const offre = await offrePubliee(ctx, ml, { codeRome: 'G1603' });
    const fiches = [{ fiche: 'G1603', experienceMois: 0 }];
    const ids = await projeter(
      ctx,
      ...[1, 2, 3, 4].map((km) => jeune(ml, aLEst(offre.lat, offre.lon, km), { fiches })),
    );
    const triggers = ctx.api.get(MatchingTriggers);
    const jobIds = await Promise.all(Array.from({ length: 50 }, () => triggers.offre(offre.id)));
    expect(new Set(jobIds).size).toBe(1);
    expect(await jobsOf(offre.id)).toHaveLength(1);

    workers.push(await startWorker(ctx, clock));
    const job = await waitForJob(
      queue,
      async () => {
        const jobs = await jobsOf(offre.id);
        return jobs.length === 1 ? jobs[0] : undefined;
      },
      'completed',
      { what: 'the match job to complete' },
    );
    expect(job.attemptsMade).toBe(1);
    expect(job.returnvalue).toMatchObject({ offres: 1, propositions: 2 });
    expect((await proposes(ctx, offre.id)).every((id) => ids.includes(id))).toBe(true);
    expect(await proposes(ctx, offre.id)).toHaveLength(2);

    // The offer's own outbox event (relayed by the worker) and more triggers: still that one job.
    await triggers.offre(offre.id);
    await waitFor(async () => (await queue.getJobCounts('waiting', 'active')).waiting === 0);
    expect(await jobsOf(offre.id)).toHaveLength(1);
    expect(await proposes(ctx, offre.id)).toHaveLength(2);
  });

  it('two workers matching offers that share candidates never exceed k per offer nor m per jeune', async () => {
    workers.push(await startWorker(ctx, clock));
    const offres: OffreCree[] = [];
    for (let i = 0; i < 8; i++)
      offres.push(await offrePubliee(ctx, ml, { codeRome: 'K2204', candidatsSouhaites: 2 }));
    const fiches = [{ fiche: 'K2204', experienceMois: 0 }];
    const jeunes = await projeter(
      ctx,
      ...[1, 2, 3, 4, 5, 6].map((km) =>
        jeune(ml, aLEst(offres[0].lat, offres[0].lon, km), { fiches }),
      ),
    );
    const triggers = ctx.api.get(MatchingTriggers);
    await Promise.all(offres.map((o) => triggers.offre(o.id)));
    // And the same offers matched at once from two other processes' services, in opposite orders.
    const a = workers[0].get(MatchingService);
    const b = workers[1].get(MatchingService);
    const ids = offres.map((o) => o.id);
    await Promise.all([
      a.apparier(ids),
      b.apparier([...ids].reverse()),
      a.apparier(ids.slice(2)),
      b.apparier(ids.slice(0, 5)),
    ]);
    await waitFor(
      async () => {
        const c = await queue.getJobCounts('waiting', 'active', 'delayed');
        return c.waiting + c.active + c.delayed === 0;
      },
      { what: 'every match job to finish' },
    );

    const parOffre: { n: number }[] = await ctx.dataSource.query(
      `SELECT count(*)::int AS n FROM propositions WHERE offre_id = ANY($1) AND statut IN ('ouverte','retenue') GROUP BY offre_id`,
      [ids],
    );
    const parJeune: { n: number }[] = await ctx.dataSource.query(
      `SELECT count(*)::int AS n FROM propositions WHERE jeune_id = ANY($1) AND statut IN ('ouverte','retenue') GROUP BY jeune_id`,
      [jeunes],
    );
    expect(Math.max(...parOffre.map((r) => r.n))).toBeLessThanOrEqual(2);
    expect(parJeune.map((r) => r.n)).toEqual([2, 2, 2, 2, 2, 2]);
    const counters: { propositions_ouvertes: number }[] = await ctx.dataSource.query(
      `SELECT propositions_ouvertes FROM matching_jeunes WHERE jeune_id = ANY($1)`,
      [jeunes],
    );
    expect(counters.map((c) => c.propositions_ouvertes)).toEqual([2, 2, 2, 2, 2, 2]);
  });

  it('a worker killed mid-job (SIGKILL): the job completes after restart, with no duplicate proposal', async () => {
    for (const w of workers.splice(0)) await w.close();
    const env = { ...ctx.env, MATCHING_LOCK_MS: '1500', MATCHING_STALLED_CHECK_MS: '500' };
    const offre = await offrePubliee(ctx, ml, { codeRome: 'N1103' });
    const fiches = [{ fiche: 'N1103', experienceMois: 0 }];
    const jeunes = await projeter(
      ctx,
      ...[1, 2, 3].map((km) => jeune(ml, aLEst(offre.lat, offre.lon, km), { fiches })),
    );
    const lock = await holdJeuneLock(ctx, jeunes[0]);
    let worker = await new WorkerProcess(env).start();
    try {
      await ctx.api.get(MatchingTriggers).offre(offre.id);
      await lock.waiter();
      const [job] = await jobsOf(offre.id);
      expect(await job.getState()).toBe('active');
      worker.signal('SIGKILL');
      await worker.exited();
      await lock.release();

      worker = await new WorkerProcess(env).start();
      const done = await waitForJob(queue, async () => (await jobsOf(offre.id))[0], 'completed', {
        what: 'the stalled job to complete after restart',
        timeoutMs: 30000,
      });
      // The killed worker had sent its whole write (one message, see engagementDirectSql): its
      // backend commits it once the lock is released, as if the worker had died just after its
      // commit; the retried job then finds the offer full. Either way: 2 proposals, no duplicate.
      expect([0, 2]).toContain(done.returnvalue.propositions);
      const rows: { jeune_id: string }[] = await ctx.dataSource.query(
        `SELECT jeune_id FROM propositions WHERE offre_id = $1`,
        [offre.id],
      );
      expect(rows).toHaveLength(2);
      expect(new Set(rows.map((r) => r.jeune_id)).size).toBe(2);
    } finally {
      await worker.stop();
    }
  }, 180_000);
});

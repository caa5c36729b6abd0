import { MatchingJobsService } from '@app/matching';
import { QUEUE } from '@app/core';
import { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { ChildProcess, spawn } from 'node:child_process';
import { Client } from 'pg';
import { resetPropositions } from './bench-app';

export interface ScaleOut {
  workers: number;
  lots: number;
  offres: number;
  s: number;
  /** Lots taken by each worker process. */
  lotsParProcessus: number[];
  /** Lots run more than once, offers in more than one lot, offers over k, jeunes over m. */
  lotsRejoues: number;
  offresEnDouble: number;
  offresAuDelaDeK: number;
  jeunesAuDelaDeM: number;
}

/** Starts a bench worker process (bench/matching/worker.ts); resolves once it is ready. */
function demarrer(env: Record<string, string>, lots: string[]): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      'bench/matching/worker.ts',
    ],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      for (let i = buffer.indexOf('\n'); i >= 0; i = buffer.indexOf('\n')) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 1);
        if (line === 'bench-worker prêt') resolve(child);
        else if (line.startsWith('lot ')) lots.push(line.slice(4));
      }
    });
    child.on('exit', (code) => reject(new Error(`worker sorti (${code}) avant d'être prêt`)));
  });
}

/**
 * The nightly sweep as production runs it: the sweep job queues its lots, `workers` processes on
 * the same PostgreSQL and Redis take them. Timed from the queueing to the last lot's end.
 */
export async function balayageReparti(
  app: INestApplicationContext,
  c: Client,
  env: Record<string, string>,
  workers: number,
  m: number,
): Promise<ScaleOut> {
  await resetPropositions(c);
  const queue = app.get<Queue>(getQueueToken(QUEUE.MATCHING));
  await queue.obliterate({ force: true });
  const parProcessus: string[][] = Array.from({ length: workers }, () => []);
  const children = await Promise.all(parProcessus.map((lots) => demarrer(env, lots)));
  try {
    const started = Date.now();
    const plan = await app.get(MatchingJobsService).lancerBalayage(`bench-${workers}-${started}`);
    const deadline = Date.now() + 30 * 60_000;
    for (;;) {
      const n = await queue.getJobCounts('completed', 'failed');
      if (n.failed > 0) throw new Error(`${n.failed} lot(s) en échec`);
      if (n.completed >= plan.lots) break;
      if (Date.now() > deadline) throw new Error('balayage réparti : délai dépassé');
      await new Promise((r) => setTimeout(r, 100));
    }
    const jobs = await queue.getJobs(['completed']);
    const fin = Math.max(...jobs.map((j) => j.finishedOn ?? 0));
    const offres = jobs.flatMap((j) => j.data.offreIds as string[]);
    const vues = parProcessus.flat();
    const { rows } = await c.query(
      `
      SELECT (SELECT count(*)::int FROM (SELECT p.offre_id FROM propositions p JOIN offres o ON o.id = p.offre_id
                WHERE p.statut IN ('ouverte', 'retenue') GROUP BY p.offre_id, o.candidats_souhaites
                HAVING count(*) > o.candidats_souhaites) x) AS k,
             (SELECT count(*)::int FROM (SELECT jeune_id FROM propositions WHERE statut IN ('ouverte', 'retenue')
                GROUP BY jeune_id HAVING count(*) > $1) y) AS m`,
      [m],
    );
    return {
      workers,
      lots: plan.lots,
      offres: plan.offres,
      s: Math.round((fin - started) / 100) / 10,
      lotsParProcessus: parProcessus.map((l) => l.length),
      lotsRejoues: vues.length - new Set(vues).size + jobs.filter((j) => j.attemptsMade > 1).length,
      offresEnDouble: offres.length - new Set(offres).size,
      offresAuDelaDeK: rows[0].k,
      jeunesAuDelaDeM: rows[0].m,
    };
  } finally {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            child.removeAllListeners('exit');
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
  }
}

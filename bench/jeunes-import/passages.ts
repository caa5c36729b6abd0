import { JeunesImportJobs, JeunesImportService } from '@app/jeunes';
import { INestApplicationContext } from '@nestjs/common';
import { createReadStream } from 'node:fs';
import { DataSource } from 'typeorm';
import { Phases } from '../matching/phases';
import { Trace } from '../matching/trace';
import { CompiledWorker } from './compiled-worker';

type Ctx = { structureId: string; actor: { userId: string; role: string } };
type Rapport = NonNullable<Awaited<ReturnType<JeunesImportJobs['statut']>>['rapport']>;

/** One import of the file: the upload stored in pieces, then the job. */
export interface Passage {
  ms: number;
  uploadMs: number;
  /** CPU (user + system) of the process that ran the job, during the passage. */
  cpuMs: number;
  rapport: Rapport;
  progresVu: number;
  profil: Record<string, unknown>;
}

export interface Mesure {
  processus: string;
  first: Passage;
  second: Passage;
  /** RSS of the process that runs the job, before the first import. */
  rssAvantMb: number;
  /** Its peak RSS: for the worker, VmHWM (the whole life of the process, start included). */
  peakRssMb: number;
}

const MB = 2 ** 20;
const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * As in production: the compiled worker (no ts-node) takes the job from the queue. The events
 * the import records stay in the outbox during the measure (OUTBOX_POLL_MS of a day): relaying
 * them and the matching's 100,000 synchronisations are other jobs, not the import.
 */
export async function dansLeWorker(
  ds: DataSource,
  jobs: JeunesImportJobs,
  file: string,
  ctx: Ctx,
  env: Record<string, string>,
): Promise<Mesure> {
  const worker = await new CompiledWorker({
    ...env,
    LOG_LEVEL: 'info',
    // The development SMS and mail sinks, as the bench app has them (no provider to configure).
    DEV_SURFACES: 'true',
    OUTBOX_POLL_MS: '86400000',
  }).start();
  try {
    const rssAvantMb = worker.memory().rssMb;
    let peakRssMb = rssAvantMb;
    const sampler = setInterval(() => {
      peakRssMb = Math.max(peakRssMb, worker.memory().rssMb);
    }, 50);
    const run = async (): Promise<Passage> => {
      const started = performance.now();
      const cpu = worker.cpuMs();
      const { id } = await jobs.soumettre(createReadStream(file), ctx);
      const uploadMs = performance.now() - started;
      let progresVu = 0;
      const deadline = Date.now() + 30 * 60_000;
      for (;;) {
        const [r] = await ds.query(
          `SELECT statut, lignes_lues, created_at, started_at, finished_at
             FROM jeune_imports WHERE id = $1`,
          [id],
        );
        progresVu = Math.max(progresVu, r.lignes_lues);
        if (r.statut === 'termine' || r.statut === 'echec') {
          const ms = performance.now() - started;
          const cpuMs = worker.cpuMs() - cpu;
          const status = await jobs.statut(id, ctx.structureId);
          if (!status.rapport) throw new Error(`import en échec : ${status.erreur}`);
          const profil = {
            // From the upload's first stored piece to the job's start: the upload, then the queue.
            depuisEnvoiJusquAuJobMs: r.started_at - r.created_at,
            jobMs: r.finished_at - r.started_at,
            cpuWorkerMs: cpuMs,
          };
          return { ms, uploadMs, cpuMs, rapport: status.rapport, progresVu, profil };
        }
        if (Date.now() > deadline) throw new Error(`import trop long :\n${worker.tail()}`);
        await tick(100);
      }
    };
    const first = await run();
    const second = await run();
    clearInterval(sampler);
    peakRssMb = Math.max(peakRssMb, worker.memory().hwmMb);
    return { processus: 'worker compilé', first, second, rssAvantMb, peakRssMb };
  } finally {
    await worker.stop();
  }
}

/**
 * `--dans-ce-processus`: the job run by this process (ts-node and the bench app in its RSS),
 * traced: round trips and their time in flight, time per phase. Where the time goes.
 */
export async function dansCeProcessus(
  app: INestApplicationContext,
  ds: DataSource,
  jobs: JeunesImportJobs,
  file: string,
  ctx: Ctx,
): Promise<Mesure> {
  const trace = Trace.installer();
  // Writes (existing rows, référentiels, COPY and set-based statements) run while the next
  // batch is parsed and validated: the phases overlap.
  const phases = new Phases();
  const importer = app.get(JeunesImportService);
  phases.envelopper('import complet (lecture, analyse, validation, écritures)', importer, 'import');
  phases.envelopper('écriture d’un lot (transaction)', importer, 'write');
  const run = async (): Promise<Passage> => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const { id } = await jobs.soumettre(createReadStream(file), ctx);
    const uploadMs = performance.now() - started;
    let progresVu = 0;
    const sondeur = setInterval(() => {
      ds.query('SELECT lignes_lues FROM jeune_imports WHERE id = $1', [id]).then(
        ([r]) => (progresVu = Math.max(progresVu, r?.lignes_lues ?? 0)),
        () => undefined,
      );
    }, 500);
    trace.demarrer();
    phases.remettre();
    await jobs.executer(id);
    clearInterval(sondeur);
    const allerRetours = trace.arreter();
    const phasesMs = phases.releve();
    const { user, system } = process.cpuUsage(cpu);
    const status = await jobs.statut(id, ctx.structureId);
    return {
      ms: performance.now() - started,
      uploadMs,
      cpuMs: Math.round((user + system) / 1000),
      rapport: status.rapport!,
      progresVu,
      profil: { allerRetours, phasesMs },
    };
  };
  global.gc?.();
  const rssAvant = process.memoryUsage().rss;
  let rss = rssAvant;
  const sampler = setInterval(() => (rss = Math.max(rss, process.memoryUsage().rss)), 50);
  const first = await run();
  const second = await run();
  clearInterval(sampler);
  return {
    processus: 'bench (ts-node)',
    first,
    second,
    rssAvantMb: Math.round(rssAvant / MB),
    peakRssMb: Math.round(rss / MB),
  };
}

import { JobsOptions } from 'bullmq';

/** Every queue of the service. Jobs carry ids only; handlers reload state before acting. */
export const QUEUE = {
  /** Emails (`send-email`, one job per messages row). */
  MAIL: 'mail',
  /** Housekeeping: purges, retention, nightly sweeps, reminders. */
  MAINTENANCE: 'maintenance',
  /** Domain events relayed from the outbox; job name = event type (see outbox/domain-events.ts). */
  EVENTS: 'events',
  /** SMS sends (a queue of their own: the provider's rate limit is not the SMTP server's). */
  SMS: 'sms',
  /** matching: one job per offer to match (its own queue: CPU and database bound, not I/O). */
  MATCHING: 'matching',
} as const;
export type QueueName = (typeof QUEUE)[keyof typeof QUEUE];
export const ALL_QUEUES: QueueName[] = Object.values(QUEUE);

/** Every job name, per queue. */
export const JOB = {
  SWEEP_OFFRES_EXPIRY: 'sweep-offres-expiry',
  /** messaging: one job per message row (mail queue for email, sms queue for SMS). */
  SEND_EMAIL: 'send-email',
  SEND_SMS: 'send-sms',
  /** jeunes: retention (anonymise the inactive). */
  RETENTION_JEUNES: 'retention-jeunes',
  /** matching: match one offer (matching queue), re-match near a jeune, the nightly sweep (maintenance). */
  MATCH_OFFRE: 'match-offre',
  REMATCH_JEUNE: 'rematch-jeune',
  SWEEP_MATCHING: 'sweep-matching',
  /** matching: one lot of the nightly sweep (matching queue: every worker process takes lots). */
  MATCH_LOT: 'match-lot',
  /** mises en relation: the sweep of due reminders and timeouts (maintenance), one job per due MER. */
  SWEEP_MER: 'sweep-mises-en-relation',
  MER_ECHEANCE: 'mer-echeance',
  /** mises en relation: the daily sweep of the follow-up checks after a hire (maintenance). */
  SWEEP_MER_SUIVIS: 'sweep-mer-suivis',
  /** pmsmp: the daily sweep (signature and validation reminders, situation checks) (maintenance). */
  SWEEP_PMSMP: 'sweep-pmsmp',
  /** jeunes: one CSV import, in the background (maintenance queue; job id = import id). */
  IMPORT_JEUNES: 'import-jeunes',
  /** pilotage: one structure's default report parts kept up to date (debounced), the nightly warm-up. */
  PILOTAGE_PARTS: 'pilotage-parts',
  PILOTAGE_PRECHAUFFAGE: 'pilotage-prechauffage',
} as const;
export type JobName = (typeof JOB)[keyof typeof JOB];

/**
 * The repeatable jobs of the maintenance queue (job scheduler id = job name). The worker keeps them
 * in Redis (SchedulerKeeper) and readiness reports any that is missing.
 */
export const SCHEDULED_JOBS = [
  JOB.SWEEP_OFFRES_EXPIRY,
  JOB.SWEEP_MER,
  JOB.SWEEP_MER_SUIVIS,
  JOB.SWEEP_MATCHING,
  JOB.RETENTION_JEUNES,
  JOB.SWEEP_PMSMP,
  JOB.PILOTAGE_PRECHAUFFAGE,
] as const;

/** Payloads: ids only. */
export interface JobPayloads {
  [JOB.SWEEP_OFFRES_EXPIRY]: Record<string, never>;
  [JOB.SEND_EMAIL]: { messageId: string };
  [JOB.SEND_SMS]: { messageId: string };
  [JOB.RETENTION_JEUNES]: Record<string, never>;
  [JOB.MATCH_OFFRE]: { offreId: string; version: number };
  [JOB.REMATCH_JEUNE]: { jeuneId: string; version: number };
  [JOB.SWEEP_MATCHING]: Record<string, never>;
  [JOB.MATCH_LOT]: { offreIds: string[] };
  [JOB.SWEEP_MER]: Record<string, never>;
  [JOB.MER_ECHEANCE]: { merId: string };
  [JOB.SWEEP_MER_SUIVIS]: Record<string, never>;
  [JOB.SWEEP_PMSMP]: Record<string, never>;
  [JOB.IMPORT_JEUNES]: { importId: string };
  [JOB.PILOTAGE_PARTS]: { structureId: string; annee: string };
  [JOB.PILOTAGE_PRECHAUFFAGE]: Record<string, never>;
}

/** Transient failures are retried this many times in all, with exponential backoff. */
export const JOB_ATTEMPTS = 6;
/** Keep finished jobs long enough for the dashboard, not forever. */
export const KEEP_COMPLETED = { age: 7 * 24 * 3600, count: 5000 };
export const KEEP_FAILED = { age: 30 * 24 * 3600 };

export function defaultJobOptions(backoffMs: number): JobsOptions {
  return {
    attempts: JOB_ATTEMPTS,
    backoff: { type: 'exponential', delay: backoffMs },
    removeOnComplete: KEEP_COMPLETED,
    removeOnFail: KEEP_FAILED,
  };
}

/** A deterministic job id: the same trigger twice is one job (BullMQ ignores a duplicate id). */
export function jobId(name: JobName, ...parts: string[]): string {
  return [name, ...parts].join('.');
}

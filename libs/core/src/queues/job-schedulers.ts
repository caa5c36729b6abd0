import { Injectable } from '@nestjs/common';
import { Queue, RepeatOptions } from 'bullmq';
import { JobName, SCHEDULED_JOBS } from './queues';

export type ScheduledJobName = (typeof SCHEDULED_JOBS)[number];
export type ScheduleRepeat = Pick<RepeatOptions, 'pattern' | 'every' | 'tz'>;

/**
 * The repeatable maintenance jobs, declared by the feature libs (in their worker module's
 * onModuleInit) and kept in Redis by the worker's SchedulerKeeper. Declaring here rather than
 * calling upsertJobScheduler once at boot is what lets the worker put them back after Redis lost
 * its data.
 */
@Injectable()
export class JobSchedulers {
  private readonly repeats = new Map<ScheduledJobName, ScheduleRepeat>();

  define(name: ScheduledJobName, repeat: ScheduleRepeat): void {
    this.repeats.set(name, repeat);
  }

  /** Scheduled jobs that no lib declared: a wiring mistake the worker refuses to start with. */
  undeclared(): JobName[] {
    return SCHEDULED_JOBS.filter((name) => !this.repeats.has(name));
  }

  /** Upserts the given schedulers (all by default); idempotent. */
  async ensure(queue: Queue, names: ScheduledJobName[] = [...this.repeats.keys()]): Promise<void> {
    for (const name of names) {
      const repeat = this.repeats.get(name);
      if (repeat) await queue.upsertJobScheduler(name, repeat, { name, data: {} });
    }
  }
}

/** The declared schedulers absent from Redis (read by the worker's check and by readiness). */
export async function missingSchedulers(queue: Queue): Promise<ScheduledJobName[]> {
  const found = await Promise.all(SCHEDULED_JOBS.map((id) => queue.getJobScheduler(id)));
  return SCHEDULED_JOBS.filter((_, i) => !found[i]);
}

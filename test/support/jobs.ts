import { Job, JobState, Queue } from 'bullmq';
import { waitFor } from './wait-for';

/**
 * Waits until a job is in `state` and returns a copy read AFTER that state was seen.
 *
 * A Job object from getJobs()/getJob() is a snapshot of the job's hash: one read while the job was
 * still active keeps `attemptsMade` 0 and `returnvalue` null forever, even when getState() says
 * "completed" a moment later. That race made test/matching-file.e2e-spec.ts fail under load.
 * BullMQ moves a job to completed/failed and writes its result in one Lua script, so a copy read
 * after the state is seen holds the final values.
 */
export async function waitForJob(
  queue: Queue,
  find: () => Promise<Job | undefined>,
  state: JobState = 'completed',
  { timeoutMs = 15000, what = `a job to be ${state}` } = {},
): Promise<Job> {
  return waitFor(
    async () => {
      const job = await find();
      if (!job?.id || (await job.getState()) !== state) return undefined;
      return queue.getJob(job.id);
    },
    { timeoutMs, what },
  );
}

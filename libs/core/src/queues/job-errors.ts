import { UnrecoverableError } from 'bullmq';

/**
 * A failure that retrying cannot fix (invalid address, missing row): the job fails at once.
 * Anything else thrown by a handler is taken as transient and retried with backoff.
 */
export class PermanentJobError extends UnrecoverableError {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}

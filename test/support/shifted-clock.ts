/**
 * Preloaded (`-r`) into a worker process by WorkerProcess({ clockAt }): the injected Clock starts
 * at TEST_CLOCK_AT and runs at real speed, so a test of a real process does not depend on the
 * hour it runs at (SMS quiet hours).
 */
import { Clock } from '@app/core';

const at = process.env.TEST_CLOCK_AT;
if (at) {
  const offset = new Date(at).getTime() - Date.now();
  Clock.prototype.now = () => new Date(Date.now() + offset);
}

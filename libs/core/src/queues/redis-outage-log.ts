import { Logger } from '@nestjs/common';

/** Errors that mean "Redis is away" (the rest is logged each time: it is not a retry loop). */
const CONNECTION_ERROR =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EPIPE|Connection is closed|Stream isn't writeable|Socket closed unexpectedly|Command timed out/i;

interface Emitter {
  on(event: string, listener: (...args: any[]) => void): unknown;
}

/**
 * ioredis and BullMQ emit `error` at every reconnection attempt; without a listener each one is
 * printed as "Unhandled error event" (a flood during an outage). This logs the first error of an
 * outage and the recovery, once each. `readySource` is the emitter that says "connected again"
 * (a BullMQ Queue does not forward `ready`: pass its ioredis client).
 */
export function logRedisOutages(
  emitter: Emitter,
  name: string,
  readySource: Emitter | Promise<Emitter> = emitter,
  logger: Pick<Logger, 'warn' | 'log' | 'error'> = new Logger('Redis'),
): void {
  let down = false;
  emitter.on('error', (error: Error) => {
    if (!CONNECTION_ERROR.test(String(error?.message))) {
      logger.error(`${name} : ${error?.message}`);
      return;
    }
    if (down) return;
    down = true;
    logger.warn(`${name} : Redis injoignable (${error?.message}), reconnexion en cours`);
  });
  const onReady = () => {
    if (!down) return;
    down = false;
    logger.log(`${name} : Redis de nouveau joignable`);
  };
  void Promise.resolve(readySource)
    .then((source) => source.on('ready', onReady))
    .catch(() => undefined);
}

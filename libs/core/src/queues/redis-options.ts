import { RedisOptions } from 'ioredis';

/** Longest pause between two reconnection attempts: Redis back = service back within ~1 s. */
export const REDIS_RECONNECT_MAX_MS = 500;

/** ioredis options from a redis:// URL (BullMQ wants options, not a URL). */
export function redisOptions(url: string): RedisOptions {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    // BullMQ's workers block on Redis: they require this to be null.
    maxRetriesPerRequest: null,
    // BullMQ's default waits up to 20 s between attempts (recovery took 9–10 s after an outage).
    retryStrategy: (times: number) => Math.min(100 * times, REDIS_RECONNECT_MAX_MS),
  };
}

/**
 * For clients used while answering a request (the API's queues, the shared client): a command
 * sent while Redis is unreachable fails at once instead of waiting in the offline queue, and one
 * that gets no answer fails after `commandTimeout`.
 */
export function failFastRedisOptions(url: string, commandTimeout = 1000): RedisOptions {
  return {
    ...redisOptions(url),
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout,
  };
}

import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { DomainError } from '../errors/domain-error';
import { REDIS } from '../queues/redis.token';

/** What a client is told to wait when Redis cannot count (it comes back within ~1 s of a restart). */
export const RATE_LIMIT_UNAVAILABLE_RETRY_SECONDS = 5;

/** A fixed window: count, set the window's expiry on the first hit, answer the count and the time left. */
const HIT_SCRIPT = `
local n = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if n == 1 or ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {n, ttl}`;

export interface RateLimitHit {
  totalHits: number;
  msBeforeReset: number;
  blocked: boolean;
}

type WithHit = Redis & { rateLimitHit(key: string, windowMs: number): Promise<[number, number]> };

/**
 * The one rate limiter (login, sign-up, any throttled route): counts shared by every API instance in
 * Redis, one round trip, bounded in time. When Redis cannot answer, the request gets a clear 503
 * with Retry-After at once, never a 500 and never a wait for the outage to end: refusing is the
 * safe side for a password check, and the outage is short.
 */
@Injectable()
export class RateLimiter {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {
    if (!(redis as unknown as Partial<WithHit>).rateLimitHit) {
      redis.defineCommand('rateLimitHit', { numberOfKeys: 1, lua: HIT_SCRIPT });
    }
  }

  async hit(key: string, limit: number, windowMs: number): Promise<RateLimitHit> {
    let result: [number, number];
    try {
      result = await bounded(
        (this.redis as unknown as WithHit).rateLimitHit(`rl:${key}`, windowMs),
        this.config.REDIS_COMMAND_TIMEOUT_MS,
      );
    } catch {
      throw new DomainError(
        'SERVICE_UNAVAILABLE',
        'Service momentanément indisponible : réessayez dans quelques secondes.',
        { retryAfterSeconds: RATE_LIMIT_UNAVAILABLE_RETRY_SECONDS },
      );
    }
    const [totalHits, msBeforeReset] = result;
    return { totalHits, msBeforeReset, blocked: totalHits > limit };
  }
}

function bounded<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error('délai dépassé')), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

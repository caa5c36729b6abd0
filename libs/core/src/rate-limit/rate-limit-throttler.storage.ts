import { Injectable } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import { RateLimiter } from './rate-limiter.service';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * @nestjs/throttler's storage on the one RateLimiter: a route throttled with @Throttle counts in
 * the same place, with the same bound and the same 503 when Redis is down.
 */
@Injectable()
export class RateLimitThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly limiter: RateLimiter) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    _blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const hit = await this.limiter.hit(`${throttlerName}:${key}`, limit, ttl);
    const seconds = Math.max(1, Math.ceil(hit.msBeforeReset / 1000));
    return {
      totalHits: hit.totalHits,
      timeToExpire: seconds,
      isBlocked: hit.blocked,
      timeToBlockExpire: hit.blocked ? seconds : 0,
    };
  }
}

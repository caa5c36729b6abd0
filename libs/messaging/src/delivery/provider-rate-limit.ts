import { REDIS } from '@app/core';
import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { MessagingConfig } from '../messaging.config';
import { GroupCommit } from './group-commit';

/**
 * Token bucket: refilled at `rate` tokens per second up to `capacity`; up to `n` tokens taken, one
 * per send. Returns { tokens taken, ms until the next one will be there (0 if all were taken) }.
 * `now` comes from the caller (a replica whose clock lags cannot move the bucket back: the last
 * refill time only goes forward).
 */
const TAKE_SCRIPT = `
local rate = tonumber(ARGV[1])
local capacity = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local n = tonumber(ARGV[4])
local b = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = tonumber(b[1]) or capacity
local ts = tonumber(b[2]) or now
if now > ts then
  tokens = math.min(capacity, tokens + (now - ts) * rate / 1000)
  ts = now
end
local granted = math.min(n, math.floor(tokens))
tokens = tokens - granted
local wait = 0
if granted < n then wait = math.ceil((1 - tokens) * 1000 / rate) end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(ts))
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity * 1000 / rate) + 1000)
return {granted, wait}
`;

type WithTake = {
  messagingBucketTakeMany(key: string, ...args: number[]): Promise<[number, number]>;
};

/** Beyond this a Redis that does not answer fails the job (retried): nothing goes unthrottled. */
const REDIS_TIMEOUT_MS = 5000;

/**
 * The providers' rate limits (MESSAGING_EMAIL_RATE_PER_S, MESSAGING_SMS_RATE_PER_S): one token
 * bucket per provider in Redis, shared by every worker replica, holding one second's worth. A send
 * takes a token before its call, and waits when there is none. The concurrent sends of a process
 * take theirs in one Redis call (GroupCommit), not one call each.
 */
@Injectable()
export class ProviderRateLimit {
  private readonly takes = new Map<string, GroupCommit<number, number>>();

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(MessagingConfig) private readonly config: MessagingConfig,
  ) {
    if (!(redis as unknown as Partial<WithTake>).messagingBucketTakeMany) {
      redis.defineCommand('messagingBucketTakeMany', { numberOfKeys: 1, lua: TAKE_SCRIPT });
    }
  }

  ratePerSecond(canal: 'email' | 'sms'): number {
    return canal === 'email'
      ? this.config.MESSAGING_EMAIL_RATE_PER_S
      : this.config.MESSAGING_SMS_RATE_PER_S;
  }

  /** Waits for a token of this provider's bucket. */
  async take(canal: 'email' | 'sms', provider: string): Promise<void> {
    const rate = this.ratePerSecond(canal);
    if (rate === 0) return;
    let takes = this.takes.get(provider);
    if (!takes) {
      takes = new GroupCommit(async (rates: number[]) => {
        const [granted, wait] = await this.tryTakeMany(
          provider,
          rates[0],
          Date.now(),
          rates.length,
        );
        return rates.map((_, i) => (i < granted ? 0 : wait));
      });
      this.takes.set(provider, takes);
    }
    for (;;) {
      const wait = await takes.call(rate);
      if (wait === 0) return;
      await new Promise((r) => setTimeout(r, wait));
    }
  }

  /** One attempt at `now` (ms): 0 if a token was taken, else the ms to wait. */
  async tryTake(provider: string, rate: number, now: number): Promise<number> {
    const [granted, wait] = await this.tryTakeMany(provider, rate, now, 1);
    return granted === 1 ? 0 : wait;
  }

  /** Up to `n` tokens at `now` (ms): how many were taken, and the ms until the next one. */
  private async tryTakeMany(
    provider: string,
    rate: number,
    now: number,
    n: number,
  ): Promise<[number, number]> {
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        (this.redis as unknown as WithTake).messagingBucketTakeMany(
          `messaging:bucket:${provider}`,
          rate,
          Math.max(1, rate),
          now,
          n,
        ),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`Redis ne répond pas (limite de débit ${provider})`)),
            REDIS_TIMEOUT_MS,
          );
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }
}

import { REDIS } from '@app/core';
import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { MessagingConfig } from '../messaging.config';

/**
 * Token bucket: refilled at `rate` tokens per second up to `capacity`; one token per call. Returns
 * 0 when a token was taken, else the ms until one will be there. `now` comes from the caller (a
 * replica whose clock lags cannot move the bucket back: the last refill time only goes forward).
 */
const TAKE_SCRIPT = `
local rate = tonumber(ARGV[1])
local capacity = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local b = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = tonumber(b[1]) or capacity
local ts = tonumber(b[2]) or now
if now > ts then
  tokens = math.min(capacity, tokens + (now - ts) * rate / 1000)
  ts = now
end
local wait = 0
if tokens >= 1 then tokens = tokens - 1 else wait = math.ceil((1 - tokens) * 1000 / rate) end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(ts))
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity * 1000 / rate) + 1000)
return wait
`;

type WithTake = { messagingBucketTake(key: string, ...args: number[]): Promise<number> };

/** Beyond this a Redis that does not answer fails the job (retried): nothing goes unthrottled. */
const REDIS_TIMEOUT_MS = 5000;

/**
 * The providers' rate limits (MESSAGING_EMAIL_RATE_PER_S, MESSAGING_SMS_RATE_PER_S): one token
 * bucket per provider in Redis, shared by every worker replica, holding one second's worth. A send
 * takes a token before its call, and waits when there is none. One Redis call per message.
 */
@Injectable()
export class ProviderRateLimit {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(MessagingConfig) private readonly config: MessagingConfig,
  ) {
    if (!(redis as unknown as Partial<WithTake>).messagingBucketTake) {
      redis.defineCommand('messagingBucketTake', { numberOfKeys: 1, lua: TAKE_SCRIPT });
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
    for (;;) {
      const wait = await this.tryTake(provider, rate, Date.now());
      if (wait === 0) return;
      await new Promise((r) => setTimeout(r, wait));
    }
  }

  /** One attempt at `now` (ms): 0 if a token was taken, else the ms to wait. */
  async tryTake(provider: string, rate: number, now: number): Promise<number> {
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        (this.redis as unknown as WithTake).messagingBucketTake(
          `messaging:bucket:${provider}`,
          rate,
          Math.max(1, rate),
          now,
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

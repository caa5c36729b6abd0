import { MessagingConfig } from '@app/messaging';
import Redis from 'ioredis';
import { ProviderRateLimit } from '../libs/messaging/src/delivery/provider-rate-limit';
import { REDIS_URL } from './support/test-env';

/** A replica: its own Redis client on the shared prefix, its own limiter. */
function replica(prefix: string, rates: Partial<MessagingConfig> = {}) {
  const redis = new Redis(REDIS_URL, { keyPrefix: `${prefix}:` });
  const config = Object.assign(new MessagingConfig(), rates);
  return { redis, limiter: new ProviderRateLimit(redis, config) };
}

describe('Limite de débit des fournisseurs : un seau à jetons par fournisseur, partagé par les réplicas', () => {
  const prefix = `ml-test-rl-${process.pid}-${Date.now().toString(36)}`;
  const replicas: ReturnType<typeof replica>[] = [];
  const make = (rates?: Partial<MessagingConfig>) => {
    const r = replica(prefix, rates);
    replicas.push(r);
    return r.limiter;
  };
  afterAll(async () => {
    const keys = await replicas[0].redis.keys(`${prefix}:*`);
    if (keys.length) await replicas[0].redis.del(...keys.map((k) => k.slice(prefix.length + 1)));
    for (const r of replicas) r.redis.disconnect();
  });

  it("lets one second's worth through at once, then one call per 1/rate s", async () => {
    const a = make();
    const t = 1_000_000;
    for (let i = 0; i < 10; i++) expect(await a.tryTake('p1', 10, t)).toBe(0);
    expect(await a.tryTake('p1', 10, t)).toBe(100);
    expect(await a.tryTake('p1', 10, t + 60)).toBe(40);
    expect(await a.tryTake('p1', 10, t + 100)).toBe(0);
    expect(await a.tryTake('p1', 10, t + 100)).toBe(100);
    // Idle for a minute: the bucket holds one second's worth, not sixty.
    for (let i = 0; i < 10; i++) expect(await a.tryTake('p1', 10, t + 60_000)).toBe(0);
    expect(await a.tryTake('p1', 10, t + 60_000)).toBeGreaterThan(0);
  });

  it('two replicas share the same bucket; another provider has its own; a lagging clock refills nothing', async () => {
    const a = make();
    const b = make();
    const t = 2_000_000;
    for (let i = 0; i < 5; i++) {
      expect(await a.tryTake('p2', 10, t)).toBe(0);
      expect(await b.tryTake('p2', 10, t)).toBe(0);
    }
    expect(await a.tryTake('p2', 10, t)).toBe(100);
    expect(await b.tryTake('p2', 10, t - 5000)).toBe(100);
    expect(await b.tryTake('p3', 10, t)).toBe(0);
  });

  it('take() waits for the rate: 40 sends at 20/s across two replicas take at least 1 s', async () => {
    const rates = { MESSAGING_SMS_RATE_PER_S: 20 };
    const a = make(rates);
    const b = make(rates);
    const started = Date.now();
    await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).take('sms', 'p4')));
    // 20 at once (the bucket), the other 20 at 20 per second.
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('a rate of 0 turns the limit off (no Redis call)', async () => {
    const off = make({ MESSAGING_EMAIL_RATE_PER_S: 0 });
    const started = Date.now();
    for (let i = 0; i < 500; i++) await off.take('email', 'p5');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await replicas[0].redis.exists('messaging:bucket:p5')).toBe(0);
  });
});

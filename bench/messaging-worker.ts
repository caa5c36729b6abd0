/**
 * The worker of `bench:messaging` (its messaging part), in a process of its own, with a clock
 * pinned to a Tuesday morning in Paris that moves with real time: SMS quiet hours never defer the
 * benchmark, whatever time it runs. Env: the same as the worker's.
 * On SIGUSR2 it prints `bench-worker profil <json>`: messages it sent, its CPU time, and the wall
 * time spent in each step of a send (summed over messages; steps overlap across concurrent jobs).
 */
import 'reflect-metadata';
import { Clock, CoreModule, JobHandlersModule, QUEUE } from '@app/core';
import { MessagingWorkerModule } from '@app/messaging';
import { Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { queueProcessor } from '../apps/worker/src/queue-processor';
import { CooldownService } from '../libs/messaging/src/delivery/cooldown.service';
import { EmailChannel } from '../libs/messaging/src/delivery/email-channel.service';
import { MessageSender } from '../libs/messaging/src/delivery/message-sender.service';
import { MessageStore } from '../libs/messaging/src/delivery/message-store.service';
import { ProviderRateLimit } from '../libs/messaging/src/delivery/provider-rate-limit';
import { RecipientResolver } from '../libs/messaging/src/delivery/recipient-resolver.service';
import { SmsChannel } from '../libs/messaging/src/delivery/sms-channel.service';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';

/** The worker app's messaging part: the same relay, handlers and queue processors. */
@Module({
  imports: [
    CoreModule.forRoot('worker'),
    JobHandlersModule.forRoot({ requireEveryJob: false }),
    MessagingWorkerModule,
  ],
  providers: [queueProcessor(QUEUE.MAIL), queueProcessor(QUEUE.SMS)],
})
class BenchWorkerModule {}

const BASE = Date.parse('2030-01-08T09:00:00Z'); // Tuesday 10:00 in Paris
const started = Date.now();

class BenchClock extends Clock {
  now(): Date {
    return new Date(BASE + (Date.now() - started));
  }
}

const steps: Record<string, { n: number; ms: number }> = {};
let sent = 0;

// Every SQL statement of the process goes through a query runner (repositories, query builders,
// DataSource.query): counted, to report statements per message.
let statements = 0;
const byStatement: Record<string, number> = {};
const runnerQuery = PostgresQueryRunner.prototype.query;
PostgresQueryRunner.prototype.query = function (this: PostgresQueryRunner, ...args: any[]) {
  statements += 1;
  const k = String(args[0]).replace(/\s+/g, ' ').slice(0, 70);
  byStatement[k] = (byStatement[k] ?? 0) + 1;
  return (runnerQuery as (...a: any[]) => Promise<any>).apply(this, args);
} as typeof runnerQuery;

/** Wraps `obj[method]` (async) to add its wall time to `steps[name]`. */
function time(name: string, obj: any, method: string, after?: (r: any) => any): void {
  const original = obj[method].bind(obj);
  obj[method] = async (...args: unknown[]) => {
    const t = performance.now();
    try {
      const r = await original(...args);
      return after ? after(r) : r;
    } finally {
      const s = (steps[name] ??= { n: 0, ms: 0 });
      s.n += 1;
      s.ms += performance.now() - t;
    }
  };
}

async function main(): Promise<void> {
  const ref = await Test.createTestingModule({ imports: [BenchWorkerModule] })
    .overrideProvider(Clock)
    .useValue(new BenchClock())
    .compile();
  const sender = ref.get(MessageSender);
  time('job (handler)', sender, 'process', (outcome) => {
    if (outcome === 'envoye') sent += 1;
    return outcome;
  });
  time('load row', sender, 'load');
  time('recipient', ref.get(RecipientResolver), 'resolve');
  time('opt-out + cooldown', ref.get(CooldownService), 'admit');
  time('rate limit (Redis)', ref.get(ProviderRateLimit), 'take');
  time('claim en_cours (UPDATE)', ref.get(MessageStore), 'claim');
  time('envoye + fact (UPDATE+INSERT)', ref.get(MessageStore), 'accepted');
  for (const [name, channel] of [
    ['email', ref.get(EmailChannel)],
    ['sms', ref.get(SmsChannel)],
  ] as const) {
    time(`${name}: render`, channel, 'prepare', (p) => {
      time(`${name}: provider call`, p, 'send');
      return p;
    });
  }
  const app = ref.createNestApplication({ logger: ['error'] });
  // Not SIGUSR2 (Nest's default list has it): that one asks for the profile.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  await app.init();
  const cpu0 = process.cpuUsage();
  process.on('SIGUSR2', () => {
    const cpu = process.cpuUsage(cpu0);
    const profile = Object.fromEntries(
      Object.entries(steps).map(([k, s]) => [k, { n: s.n, msPerCall: +(s.ms / s.n).toFixed(2) }]),
    );
    if (process.env.BENCH_STATEMENTS) console.error(JSON.stringify(byStatement, null, 1));
    console.log(
      `bench-worker profil ${JSON.stringify({ sent, statements, cpuMs: Math.round((cpu.user + cpu.system) / 1000), profile })}`,
    );
  });
  console.log('bench-worker prêt');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

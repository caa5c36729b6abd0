/**
 * `npm run bench:messaging -- --count N`: N emails to a local SMTP sink and N SMS to the local
 * Brevo stand-in, requested through NotificationsService (transactions of 100, as a feature
 * module would), relayed from the outbox to BullMQ and sent by the real worker in its own
 * process. Then the same N emails as a bare loop of nodemailer sends (pooled, same settings as
 * MailService) on the same sink. Last line: JSON.
 */
import 'reflect-metadata';
import { StructuresService } from '@app/accounts';
import { CoreModule, dataSourceOptions } from '@app/core';
import { MessagingModule, NotificationsService } from '@app/messaging';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { BrevoStandIn } from '../test/support/brevo-stand-in';
import Redis from 'ioredis';
import { ADMIN_DATABASE_URL, databaseUrl, REDIS_URL } from '../test/support/test-env';
import { CountingSmtpSink, p95 } from './messaging-sinks';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const COUNT = arg('count', 1000);
const BATCH = 100;

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: ADMIN_DATABASE_URL });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

function startWorker(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      'bench/messaging-worker.ts',
    ],
    {
      cwd: join(__dirname, '..'),
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    child.stdout!.on(
      'data',
      (c: Buffer) => c.toString().includes('bench-worker prêt') && resolve(child),
    );
    child.once('exit', (code) => reject(new Error(`worker exited (${code})`)));
  });
}

interface Figures {
  count: number;
  seconds: number;
  perSecond: number;
  p95LatencyMs: number;
}

async function serviceRun(
  ds: DataSource,
  canal: 'email' | 'sms',
  started: number,
): Promise<Figures> {
  const rows: { ms: number; sent: Date }[] = await ds.query(
    `SELECT extract(epoch FROM (updated_at - created_at)) * 1000 AS ms, updated_at AS sent
     FROM messages WHERE canal = $1 AND statut = 'envoye'`,
    [canal],
  );
  const last = Math.max(...rows.map((r) => new Date(r.sent).getTime()));
  const seconds = (last - started) / 1000;
  return {
    count: rows.length,
    seconds: round(seconds),
    perSecond: round(rows.length / seconds),
    p95LatencyMs: round(p95(rows.map((r) => Number(r.ms)))),
  };
}

async function bareLoop(url: string, count: number): Promise<Figures> {
  const transport = createTransport(url, { pool: true, maxConnections: 3 } as never);
  const latencies: number[] = [];
  const started = performance.now();
  let next = 0;
  // As many in flight as the worker has (mail queue concurrency): the pool queues the rest.
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      while (next < count) {
        const i = next++;
        const t = performance.now();
        await transport.sendMail({
          from: 'Mission Locale <ne-pas-repondre@bench.test>',
          to: `nu${i}@bench.test`,
          subject: `Un candidat pour votre offre « Offre ${i} »`,
          text: 'Bonjour,\n\nLa Mission Locale vous propose une candidature.',
          html: '<p>Bonjour,</p><p>La Mission Locale vous propose une candidature.</p>',
        });
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  transport.close();
  return {
    count,
    seconds: round(seconds),
    perSecond: round(count / seconds),
    p95LatencyMs: round(p95(latencies)),
  };
}

const round = (x: number) => Math.round(x * 10) / 10;

async function clearRedisPrefix(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();
}

async function main(): Promise<void> {
  const name = `mlbench_msg_${Date.now().toString(36)}`;
  await admin(`CREATE DATABASE "${name}"`);
  const url = databaseUrl(name);
  const migrate = new DataSource({ ...dataSourceOptions(url), logging: ['error'] });
  await migrate.initialize();
  await migrate.runMigrations({ transaction: 'each' });
  await migrate.destroy();

  const smtp = await new CountingSmtpSink().start();
  const brevo = await new BrevoStandIn().start();
  const env = {
    DATABASE_URL: url,
    REDIS_URL,
    REDIS_PREFIX: name,
    SMTP_URL: smtp.url,
    LOG_LEVEL: 'warn',
    OUTBOX_POLL_MS: '50',
    SMS_PROVIDER: 'brevo',
    BREVO_API_URL: brevo.url,
    BREVO_API_KEY: brevo.key,
    MESSAGING_RESEND_COOLDOWN_HOURS: '0',
    JWT_SECRET: 'bench-messaging-secret-0123456789abcdef',
  };
  @Module({ imports: [CoreModule.forRoot('cli', env), MessagingModule] })
  class BenchModule {}
  const app = await NestFactory.createApplicationContext(BenchModule, { logger: ['error'] });
  const worker = await startWorker(env);
  try {
    const ds = app.get(DataSource);
    const structure = await app
      .get(StructuresService)
      .upsertByCode({ code: 'bench', nom: 'Mission Locale Bench' });
    const notifications = app.get(NotificationsService);

    const started = Date.now();
    for (let from = 0; from < COUNT; from += BATCH) {
      await ds.transaction(async (m) => {
        for (let i = from; i < Math.min(COUNT, from + BATCH); i++) {
          await notifications.notify(m, {
            event: `bench:${i}`,
            structureId: structure.id,
            destinataire: {
              email: `dest${i}@bench.test`,
              telephone: `0612${String(i).padStart(6, '0')}`,
            },
            template: 'relance_proposition',
            data: {
              prenom: 'Lina',
              offre: `Offre ${i}`,
              lienReponse: `http://localhost:3000/propositions/${i}`,
            },
          });
        }
      });
    }
    const requestSeconds = (Date.now() - started) / 1000;
    for (;;) {
      const [{ n }] = await ds.query(
        `SELECT count(*)::int AS n FROM messages WHERE statut <> 'envoye'`,
      );
      const [{ t }] = await ds.query(`SELECT count(*)::int AS t FROM messages`);
      if (n === 0 && t === 2 * COUNT) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const email = await serviceRun(ds, 'email', started);
    const sms = await serviceRun(ds, 'sms', started);
    const before = smtp.received;
    const bare = await bareLoop(smtp.url, COUNT);
    const result = {
      count: COUNT,
      requestSeconds: round(requestSeconds),
      email,
      sms,
      total: { perSecond: round((email.count + sms.count) / Math.max(email.seconds, sms.seconds)) },
      bareNodemailer: bare,
      ratioEmailToBare: Math.round((email.perSecond / bare.perSecond) * 1000) / 1000,
      check: { smtpReceived: before, brevoRequests: brevo.requests.length },
    };
    console.log(
      `emails : ${email.perSecond}/s (p95 ${email.p95LatencyMs} ms) · SMS : ${sms.perSecond}/s (p95 ${sms.p95LatencyMs} ms) · nodemailer nu : ${bare.perSecond}/s (p95 ${bare.p95LatencyMs} ms) · rapport ${result.ratioEmailToBare}`,
    );
    console.log(JSON.stringify(result));
  } finally {
    worker.kill('SIGTERM');
    await new Promise((r) => worker.once('exit', r));
    await app.close();
    await smtp.stop();
    await brevo.stop();
    await clearRedisPrefix(name);
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

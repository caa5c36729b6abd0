import { BullModule, getQueueToken } from '@nestjs/bullmq';
import {
  BeforeApplicationShutdown,
  DynamicModule,
  Global,
  Inject,
  Module,
  OnApplicationShutdown,
  OnModuleInit,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { JobHandlerRegistry } from './job-handlers';
import { JobSchedulers } from './job-schedulers';
import { ALL_QUEUES, defaultJobOptions } from './queues';
import { failFastRedisOptions, redisOptions } from './redis-options';
import { logRedisOutages } from './redis-outage-log';
import { REDIS } from './redis.token';

export { REDIS };

const queues = ALL_QUEUES.map((name) => BullModule.registerQueue({ name }));
/** How long boot waits for the shared client's first connection (Redis down: boot goes on). */
const FIRST_CONNECT_WAIT_MS = 2000;
/** How long shutdown waits for queue connections that are reconnecting (Redis just came back). */
const SHUTDOWN_RECONNECT_WAIT_MS = 3000;

/**
 * BullMQ (with the configured prefix and default job options) and a shared ioredis client,
 * for both apps. Producers inject queues with @InjectQueue(QUEUE.X). In the API nothing waits on
 * Redis: its queues and the shared client fail fast when Redis is unreachable (the worker's
 * connections, which block on purpose, wait and reconnect).
 */
@Global()
@Module({})
export class QueuesModule
  implements OnModuleInit, BeforeApplicationShutdown, OnApplicationShutdown
{
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly moduleRef: ModuleRef,
  ) {}

  static forRoot(app: 'api' | 'worker' | 'cli'): DynamicModule {
    return {
      module: QueuesModule,
      imports: [
        BullModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            connection:
              app === 'worker'
                ? redisOptions(config.REDIS_URL)
                : failFastRedisOptions(config.REDIS_URL, config.REDIS_COMMAND_TIMEOUT_MS),
            prefix: config.REDIS_PREFIX,
            defaultJobOptions: defaultJobOptions(config.QUEUE_BACKOFF_MS),
          }),
        }),
        ...queues,
      ],
      providers: [
        JobHandlerRegistry,
        JobSchedulers,
        {
          provide: REDIS,
          inject: [AppConfig],
          useFactory: (config: AppConfig) =>
            new Redis({
              ...failFastRedisOptions(config.REDIS_URL, config.REDIS_COMMAND_TIMEOUT_MS),
              keyPrefix: `${config.REDIS_PREFIX}:`,
            }),
        },
      ],
      exports: [REDIS, JobHandlerRegistry, JobSchedulers, ...queues],
    };
  }

  async onModuleInit(): Promise<void> {
    logRedisOutages(this.redis, 'client partagé');
    for (const name of ALL_QUEUES) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      logRedisOutages(queue, `file ${name}`, queue.client as Promise<never>);
    }
    // The shared client refuses commands before its first connection: give it a moment.
    if (this.redis.status !== 'ready') {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, FIRST_CONNECT_WAIT_MS);
        this.redis.once('ready', () => (clearTimeout(timer), resolve()));
      });
    }
  }

  /**
   * The queues are closed by @nestjs/bullmq on application shutdown with a QUIT, which a
   * connection that is reconnecting cannot send (no offline queue: it throws). Right after a Redis
   * outage, give those connections a bounded moment to be ready, so that shutdown stays clean.
   */
  async beforeApplicationShutdown(): Promise<void> {
    const ready = async (name: string) => {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      const client = await queue.client;
      if (client.status === 'ready' || client.status === 'end') return;
      await new Promise<void>((resolve) => client.once('ready', () => resolve()));
    };
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(ALL_QUEUES.map((name) => ready(name).catch(() => undefined))),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, SHUTDOWN_RECONNECT_WAIT_MS))),
    ]).finally(() => clearTimeout(timer));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

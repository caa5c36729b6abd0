import { BullModule } from '@nestjs/bullmq';
import { Global, Module, OnApplicationShutdown, Inject } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { JobHandlerRegistry } from './job-handlers';
import { ALL_QUEUES, defaultJobOptions } from './queues';
import { redisOptions } from './redis-options';

export const REDIS = Symbol('REDIS');

const queues = ALL_QUEUES.map((name) => BullModule.registerQueue({ name }));

/**
 * BullMQ (with the configured prefix and default job options) and a shared ioredis client,
 * for both apps. Producers inject queues with @InjectQueue(QUEUE.X).
 */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: redisOptions(config.REDIS_URL),
        prefix: config.REDIS_PREFIX,
        defaultJobOptions: defaultJobOptions(config.QUEUE_BACKOFF_MS),
      }),
    }),
    ...queues,
  ],
  providers: [
    JobHandlerRegistry,
    {
      provide: REDIS,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        new Redis({
          ...redisOptions(config.REDIS_URL),
          maxRetriesPerRequest: 2,
          keyPrefix: `${config.REDIS_PREFIX}:`,
        }),
    },
  ],
  exports: [REDIS, JobHandlerRegistry, ...queues],
})
export class QueuesModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}

import { InjectQueue } from '@nestjs/bullmq';
import {
  Inject,
  Injectable,
  Logger,
  Module,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { JobSchedulers, missingSchedulers } from './job-schedulers';
import { QUEUE } from './queues';
import { REDIS } from './redis.token';

/**
 * Worker side: puts the declared job schedulers in Redis at boot, again as soon as a connection to
 * Redis is (re)established (a restarted Redis may have lost its data), and checks every
 * SCHEDULER_CHECK_MS for any that vanished without a reconnection (FLUSHALL, eviction).
 */
@Injectable()
export class SchedulerKeeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Schedulers');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly schedulers: JobSchedulers,
    @InjectQueue(QUEUE.MAINTENANCE) private readonly maintenance: Queue,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const undeclared = this.schedulers.undeclared();
    if (undeclared.length > 0) {
      throw new Error(`Tâches planifiées sans déclaration : ${undeclared.join(', ')}`);
    }
    await this.schedulers.ensure(this.maintenance);
    // After the first connection, every `ready` is a reconnection: Redis may be empty.
    this.redis.on('ready', () => void this.check('reconnexion'));
    this.timer = setInterval(() => void this.check('vérification'), this.config.SCHEDULER_CHECK_MS);
  }

  onApplicationShutdown(): Promise<void> | undefined {
    clearInterval(this.timer);
    return this.running;
  }

  /** Re-creates the missing schedulers; one check at a time, failures wait for the next one. */
  check(reason: string): Promise<void> {
    // Redis away: nothing to check, and the reconnection triggers a check of its own.
    if (this.redis.status !== 'ready') return Promise.resolve();
    this.running ??= (async () => {
      try {
        const missing = await missingSchedulers(this.maintenance);
        if (missing.length === 0) return;
        await this.schedulers.ensure(this.maintenance, missing);
        this.logger.warn(`Tâches planifiées recréées (${reason}) : ${missing.join(', ')}`);
      } catch (error) {
        this.logger.debug(
          `Vérification des tâches planifiées reportée : ${(error as Error).message}`,
        );
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }
}

/** The worker app imports this (the API only reads the schedulers, for readiness). */
@Module({ providers: [SchedulerKeeper], exports: [SchedulerKeeper] })
export class SchedulerKeeperModule {}

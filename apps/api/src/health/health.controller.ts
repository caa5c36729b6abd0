import { ALL_QUEUES, AppConfig, missingSchedulers, Public, QUEUE, REDIS } from '@app/core';
import { getQueueToken } from '@nestjs/bullmq';
import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import {
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { Queue } from 'bullmq';
import type { Response } from 'express';
import Redis from 'ioredis';

/** Terminus's answer: the overall status, then each check's (postgres, redis, workers, schedulers). */
const CHECKS = {
  type: 'object',
  properties: {
    status: { type: 'string', enum: ['ok', 'error'] },
    info: { type: 'object', additionalProperties: true },
    error: { type: 'object', additionalProperties: true },
    details: { type: 'object', additionalProperties: true },
  },
};

/** Each check's bound: a little more than a Redis command's own (REDIS_COMMAND_TIMEOUT_MS). */
const MARGIN_MS = 500;

@ApiTags('Santé')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly moduleRef: ModuleRef,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  private get timeoutMs(): number {
    return this.config.REDIS_COMMAND_TIMEOUT_MS + MARGIN_MS;
  }

  @Get()
  @ApiOperation({ summary: 'Vivacité : le processus répond' })
  @ApiOkResponse({
    schema: { type: 'object', properties: { status: { type: 'string', example: 'ok' } } },
  })
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({
    summary:
      'Prêt : PostgreSQL, Redis, au moins un worker connecté par file et les tâches planifiées en place (503 sinon)',
  })
  @ApiOkResponse({ schema: CHECKS })
  @ApiServiceUnavailableResponse({ schema: CHECKS })
  async ready(@Res() res: Response): Promise<void> {
    try {
      res.json(
        await this.health.check([
          () => this.db.pingCheck('postgres', { timeout: this.timeoutMs }),
          () => this.redisCheck(),
          () => this.workersCheck(),
          () => this.schedulersCheck(),
        ]),
      );
    } catch (error) {
      const body = (error as { response?: unknown }).response ?? { status: 'error' };
      res.status(503).json(body);
    }
  }

  private async redisCheck() {
    const check = this.indicators.check('redis');
    try {
      await withTimeout(this.redis.ping(), this.timeoutMs);
      return check.up();
    } catch (error) {
      return check.down({ message: (error as Error).message });
    }
  }

  /** The worker re-creates them after a Redis data loss; until it has, sweeps do not run. */
  private async schedulersCheck() {
    const check = this.indicators.check('schedulers');
    try {
      const maintenance = this.queue(QUEUE.MAINTENANCE);
      const missing = await withTimeout(missingSchedulers(maintenance), this.timeoutMs);
      return missing.length === 0
        ? check.up()
        : check.down({ missing, message: `Tâches planifiées absentes : ${missing.join(', ')}` });
    } catch (error) {
      return check.down({ message: (error as Error).message });
    }
  }

  private queue(name: string): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }

  /** BullMQ lists the workers connected to each queue (CLIENT LIST); a queue without one is stuck. */
  private async workersCheck() {
    const check = this.indicators.check('workers');
    try {
      const counts: Record<string, number> = {};
      for (const name of ALL_QUEUES) {
        counts[name] = await withTimeout(this.queue(name).getWorkersCount(), this.timeoutMs);
      }
      const missing = Object.entries(counts)
        .filter(([, n]) => n === 0)
        .map(([q]) => q);
      return missing.length === 0
        ? check.up(counts)
        : check.down({ ...counts, message: `Aucun worker connecté pour : ${missing.join(', ')}` });
    } catch (error) {
      return check.down({ message: (error as Error).message });
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('délai dépassé')), ms).unref()),
  ]);
}

import { JOB, JobHandlerRegistry, QUEUE } from '@app/core';
import { InjectQueue } from '@nestjs/bullmq';
import { Module, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JeunesModule } from './jeunes.module';
import { JeuneRetentionService } from './privacy/jeune-retention.service';

/** Retention every night at 03:40 (Paris), when nobody works on the profiles. */
export const JEUNES_RETENTION_PATTERN = '40 3 * * *';

@Module({ imports: [JeunesModule] })
export class JeunesWorkerModule implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly retention: JeuneRetentionService,
    @InjectQueue(QUEUE.MAINTENANCE) private readonly maintenance: Queue,
  ) {}

  onModuleInit(): void {
    this.registry.register(JOB.RETENTION_JEUNES, () => this.retention.run());
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.maintenance.upsertJobScheduler(
      JOB.RETENTION_JEUNES,
      { pattern: JEUNES_RETENTION_PATTERN, tz: 'Europe/Paris' },
      { name: JOB.RETENTION_JEUNES, data: {} },
    );
  }
}

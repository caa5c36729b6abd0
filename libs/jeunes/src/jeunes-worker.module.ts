import { JOB, JobHandlerRegistry, QUEUE } from '@app/core';
import { InjectQueue } from '@nestjs/bullmq';
import { Module, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JeunesImportJobs } from './import/jeunes-import-jobs.service';
import { JeunesModule } from './jeunes.module';
import { JeuneRetentionService } from './privacy/jeune-retention.service';

/** Retention every night at 03:40 (Paris), when nobody works on the profiles. */
export const JEUNES_RETENTION_PATTERN = '40 3 * * *';

@Module({ imports: [JeunesModule] })
export class JeunesWorkerModule implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly retention: JeuneRetentionService,
    private readonly imports: JeunesImportJobs,
    @InjectQueue(QUEUE.MAINTENANCE) private readonly maintenance: Queue,
  ) {}

  onModuleInit(): void {
    this.registry.register(JOB.RETENTION_JEUNES, () => this.retention.run());
    this.registry.register(JOB.IMPORT_JEUNES, ({ importId }) => this.imports.executer(importId));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.maintenance.upsertJobScheduler(
      JOB.RETENTION_JEUNES,
      { pattern: JEUNES_RETENTION_PATTERN, tz: 'Europe/Paris' },
      { name: JOB.RETENTION_JEUNES, data: {} },
    );
  }
}

import { JOB, JobHandlerRegistry, JobSchedulers } from '@app/core';
import { Module, OnModuleInit } from '@nestjs/common';
import { JeunesImportJobs } from './import/jeunes-import-jobs.service';
import { JeunesModule } from './jeunes.module';
import { JeuneRetentionService } from './privacy/jeune-retention.service';

/** Retention every night at 03:40 (Paris), when nobody works on the profiles. */
export const JEUNES_RETENTION_PATTERN = '40 3 * * *';

@Module({ imports: [JeunesModule] })
export class JeunesWorkerModule implements OnModuleInit {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly retention: JeuneRetentionService,
    private readonly schedulers: JobSchedulers,
    private readonly imports: JeunesImportJobs,
  ) {}

  onModuleInit(): void {
    this.schedulers.define(JOB.RETENTION_JEUNES, {
      pattern: JEUNES_RETENTION_PATTERN,
      tz: 'Europe/Paris',
    });
    this.registry.register(JOB.RETENTION_JEUNES, () => this.retention.run());
    this.registry.register(JOB.IMPORT_JEUNES, ({ importId }) => this.imports.executer(importId));
  }
}

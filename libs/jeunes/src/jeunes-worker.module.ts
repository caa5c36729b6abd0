import { JOB, JobSchedulers } from '@app/core';
import { Module, OnModuleInit } from '@nestjs/common';
import { JeunesHandlers } from './jeunes.handlers';
import { JeunesModule } from './jeunes.module';

/** Retention every night at 03:40 (Paris), when nobody works on the profiles. */
export const JEUNES_RETENTION_PATTERN = '40 3 * * *';

@Module({ imports: [JeunesModule], providers: [JeunesHandlers] })
export class JeunesWorkerModule implements OnModuleInit {
  constructor(private readonly schedulers: JobSchedulers) {}

  onModuleInit(): void {
    this.schedulers.define(JOB.RETENTION_JEUNES, {
      pattern: JEUNES_RETENTION_PATTERN,
      tz: 'Europe/Paris',
    });
  }
}

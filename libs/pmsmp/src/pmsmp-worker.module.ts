import { JOB, JobSchedulers } from '@app/core';
import { Module, OnModuleInit } from '@nestjs/common';
import { PmsmpConfig } from './pmsmp.config';
import { PmsmpHandlers } from './pmsmp.handlers';
import { PmsmpModule } from './pmsmp.module';

/** The PDF of every change (on `pmsmp.modifiee`), the daily sweep of reminders and checks. */
@Module({ imports: [PmsmpModule], providers: [PmsmpHandlers] })
export class PmsmpWorkerModule implements OnModuleInit {
  constructor(
    private readonly config: PmsmpConfig,
    private readonly schedulers: JobSchedulers,
  ) {}

  onModuleInit(): void {
    this.schedulers.define(JOB.SWEEP_PMSMP, {
      pattern: this.config.PMSMP_BALAYAGE_CRON,
      tz: 'Europe/Paris',
    });
  }
}

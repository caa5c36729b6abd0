import { JOB, JobSchedulers } from '@app/core';
import { Module, OnModuleInit } from '@nestjs/common';
import { OffresHandlers } from './offres.handlers';
import { OffresModule } from './offres.module';

/** Expiry sweep every hour: reminders 7 days before, expiry at 60 days without activity. */
export const OFFRES_EXPIRY_SWEEP_PATTERN = '17 * * * *';

@Module({ imports: [OffresModule], providers: [OffresHandlers] })
export class OffresWorkerModule implements OnModuleInit {
  constructor(private readonly schedulers: JobSchedulers) {}

  onModuleInit(): void {
    this.schedulers.define(JOB.SWEEP_OFFRES_EXPIRY, {
      pattern: OFFRES_EXPIRY_SWEEP_PATTERN,
      tz: 'Europe/Paris',
    });
  }
}

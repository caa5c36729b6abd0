import { JOB, JobSchedulers } from '@app/core';
import { Module, OnModuleInit } from '@nestjs/common';
import { MatchingConfig } from './matching.config';
import { MatchingHandlers } from './matching.handlers';
import { MatchingModule } from './matching.module';

/** The matcher's handlers (events and jobs) and its nightly sweep. */
@Module({ imports: [MatchingModule], providers: [MatchingHandlers] })
export class MatchingWorkerModule implements OnModuleInit {
  constructor(
    private readonly config: MatchingConfig,
    private readonly schedulers: JobSchedulers,
  ) {}

  onModuleInit(): void {
    this.schedulers.define(JOB.SWEEP_MATCHING, {
      pattern: this.config.MATCHING_BALAYAGE_CRON,
      tz: 'Europe/Paris',
    });
  }
}

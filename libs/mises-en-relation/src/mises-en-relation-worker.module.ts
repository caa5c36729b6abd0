import { JOB, JobSchedulers } from '@app/core';
import { Module, OnModuleInit } from '@nestjs/common';
import { MerConfig } from './mer.config';
import { MisesEnRelationHandlers } from './mises-en-relation.handlers';
import { MisesEnRelationModule } from './mises-en-relation.module';
import { MerSuiviConfig } from './suivi';

/**
 * The matcher's handoff (a MER per proposal, from its events), the sweep of reminders and
 * timeouts and its per-MER jobs, the offer closing, the follow-up after hires.
 */
@Module({ imports: [MisesEnRelationModule], providers: [MisesEnRelationHandlers] })
export class MisesEnRelationWorkerModule implements OnModuleInit {
  constructor(
    private readonly config: MerConfig,
    private readonly suiviConfig: MerSuiviConfig,
    private readonly schedulers: JobSchedulers,
  ) {}

  onModuleInit(): void {
    this.schedulers.define(JOB.SWEEP_MER, {
      pattern: this.config.MER_BALAYAGE_CRON,
      tz: 'Europe/Paris',
    });
    this.schedulers.define(JOB.SWEEP_MER_SUIVIS, {
      pattern: this.suiviConfig.MER_SUIVI_CRON,
      tz: 'Europe/Paris',
    });
  }
}

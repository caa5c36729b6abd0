import { JOB, JobHandlerRegistry, JobSchedulers } from '@app/core';
import { Module, OnModuleInit } from '@nestjs/common';
import { OffreExpiryService } from './expiry/offre-expiry.service';
import { OffresModule } from './offres.module';

/** Expiry sweep every hour: reminders 7 days before, expiry at 60 days without activity. */
export const OFFRES_EXPIRY_SWEEP_PATTERN = '17 * * * *';

@Module({ imports: [OffresModule] })
export class OffresWorkerModule implements OnModuleInit {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly expiry: OffreExpiryService,
    private readonly schedulers: JobSchedulers,
  ) {}

  onModuleInit(): void {
    this.schedulers.define(JOB.SWEEP_OFFRES_EXPIRY, {
      pattern: OFFRES_EXPIRY_SWEEP_PATTERN,
      tz: 'Europe/Paris',
    });
    this.registry.register(JOB.SWEEP_OFFRES_EXPIRY, () => this.expiry.sweep());
  }
}

import { JOB, JobHandlerRegistry, QUEUE } from '@app/core';
import { InjectQueue } from '@nestjs/bullmq';
import { Module, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { Queue } from 'bullmq';
import { OffreExpiryService } from './expiry/offre-expiry.service';
import { OffresModule } from './offres.module';

/** Expiry sweep every hour: reminders 7 days before, expiry at 60 days without activity. */
export const OFFRES_EXPIRY_SWEEP_PATTERN = '17 * * * *';

@Module({ imports: [OffresModule] })
export class OffresWorkerModule implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly expiry: OffreExpiryService,
    @InjectQueue(QUEUE.MAINTENANCE) private readonly maintenance: Queue,
  ) {}

  onModuleInit(): void {
    this.registry.register(JOB.SWEEP_OFFRES_EXPIRY, () => this.expiry.sweep());
    this.registry.register(JOB.SEND_OFFRE_EXPIRY_REMINDER, ({ offreId }) =>
      this.expiry.sendReminder(offreId),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.maintenance.upsertJobScheduler(
      JOB.SWEEP_OFFRES_EXPIRY,
      { pattern: OFFRES_EXPIRY_SWEEP_PATTERN, tz: 'Europe/Paris' },
      { name: JOB.SWEEP_OFFRES_EXPIRY, data: {} },
    );
  }
}

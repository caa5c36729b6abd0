import { DOMAIN_EVENT, JOB, JobHandlerRegistry, JobSchedulers } from '@app/core';
import { Module, OnModuleInit } from '@nestjs/common';
import { PmsmpEcheancesService } from './jobs/pmsmp-echeances.service';
import { PmsmpAnonymisationService } from './lifecycle/pmsmp-anonymisation.service';
import { ConventionPdfService } from './pdf/convention-pdf.service';
import { PmsmpConfig } from './pmsmp.config';
import { PmsmpModule } from './pmsmp.module';

/** The PDF of every change (on `pmsmp.modifiee`), the daily sweep of reminders and checks. */
@Module({ imports: [PmsmpModule] })
export class PmsmpWorkerModule implements OnModuleInit {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly pdfs: ConventionPdfService,
    private readonly echeances: PmsmpEcheancesService,
    private readonly anonymisation: PmsmpAnonymisationService,
    private readonly config: PmsmpConfig,
    private readonly schedulers: JobSchedulers,
  ) {}

  onModuleInit(): void {
    this.schedulers.define(JOB.SWEEP_PMSMP, {
      pattern: this.config.PMSMP_BALAYAGE_CRON,
      tz: 'Europe/Paris',
    });
    // Idempotent: a state already rendered is not rendered again (unique key).
    this.registry.subscribe(DOMAIN_EVENT.PMSMP_MODIFIEE, ({ conventionId }) =>
      this.pdfs.generer(conventionId),
    );
    this.registry.register(JOB.SWEEP_PMSMP, () => this.echeances.sweep());
    // Idempotent: an agreement already anonymised is skipped.
    this.registry.subscribe(DOMAIN_EVENT.JEUNE_ANONYMISE, ({ jeuneId }) =>
      this.anonymisation.anonymiser(jeuneId),
    );
  }
}

import { DOMAIN_EVENT, EventPayload, JOB, JobHandler, OnDomainEvent } from '@app/core';
import { Injectable } from '@nestjs/common';
import { PmsmpEcheancesService } from './jobs/pmsmp-echeances.service';
import { PmsmpAnonymisationService } from './lifecycle/pmsmp-anonymisation.service';
import { ConventionPdfService } from './pdf/convention-pdf.service';

/** The PDF of every change, the daily sweep, the erasure of a jeune (worker only). */
@Injectable()
export class PmsmpHandlers {
  constructor(
    private readonly pdfs: ConventionPdfService,
    private readonly echeances: PmsmpEcheancesService,
    private readonly anonymisation: PmsmpAnonymisationService,
  ) {}

  /** Idempotent: a state already rendered is not rendered again (unique key). */
  @OnDomainEvent(DOMAIN_EVENT.PMSMP_MODIFIEE)
  modifiee({ conventionId }: EventPayload<typeof DOMAIN_EVENT.PMSMP_MODIFIEE>) {
    return this.pdfs.generer(conventionId);
  }

  @JobHandler(JOB.SWEEP_PMSMP)
  sweep() {
    return this.echeances.sweep();
  }

  /** Idempotent: an agreement already anonymised is skipped. */
  @OnDomainEvent(DOMAIN_EVENT.JEUNE_ANONYMISE)
  jeuneAnonymise({ jeuneId }: EventPayload<typeof DOMAIN_EVENT.JEUNE_ANONYMISE>) {
    return this.anonymisation.anonymiser(jeuneId);
  }
}

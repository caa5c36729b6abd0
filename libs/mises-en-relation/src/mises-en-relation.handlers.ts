import { DOMAIN_EVENT, EventPayload, JOB, JobHandler, JobPayload, OnDomainEvent } from '@app/core';
import { Injectable } from '@nestjs/common';
import { MerEcheancesService } from './jobs/mer-echeances.service';
import { MerCreationService } from './lifecycle/mer-creation.service';
import { MerTriService } from './lifecycle/mer-tri.service';
import { MerSuiviService } from './suivi';

/** The MERs' jobs and subscriptions (worker only). Each is idempotent: an event may come twice. */
@Injectable()
export class MisesEnRelationHandlers {
  constructor(
    private readonly echeances: MerEcheancesService,
    private readonly tri: MerTriService,
    private readonly creation: MerCreationService,
    private readonly suivis: MerSuiviService,
  ) {}

  @JobHandler(JOB.SWEEP_MER)
  sweep() {
    return this.echeances.sweep();
  }

  @JobHandler(JOB.MER_ECHEANCE)
  echeance({ merId }: JobPayload<typeof JOB.MER_ECHEANCE>) {
    return this.echeances.traiter(merId);
  }

  /** The handoff from the matcher: one MER per proposal (unique key). */
  @OnDomainEvent(DOMAIN_EVENT.PROPOSITION_CREEE)
  propositionCreee({ propositionId }: EventPayload<typeof DOMAIN_EVENT.PROPOSITION_CREEE>) {
    return this.creation.depuisProposition(propositionId);
  }

  @OnDomainEvent(DOMAIN_EVENT.PROPOSITION_CLOTUREE)
  propositionCloturee({ propositionId }: EventPayload<typeof DOMAIN_EVENT.PROPOSITION_CLOTUREE>) {
    return this.creation.apresCloture(propositionId);
  }

  @OnDomainEvent(DOMAIN_EVENT.OFFRE_FERMEE)
  offreFermee({ offreId }: EventPayload<typeof DOMAIN_EVENT.OFFRE_FERMEE>) {
    return this.tri.annulerPourOffre(offreId);
  }

  @JobHandler(JOB.SWEEP_MER_SUIVIS)
  sweepSuivis() {
    return this.suivis.sweep();
  }

  /** The checks' unique key makes a replayed event create nothing. */
  @OnDomainEvent(DOMAIN_EVENT.MER_RECRUTEE)
  recrutee({ merId }: EventPayload<typeof DOMAIN_EVENT.MER_RECRUTEE>) {
    return this.suivis.planifier(merId);
  }
}

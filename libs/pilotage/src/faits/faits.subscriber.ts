import {
  DOMAIN_EVENT,
  MerSuiviReponduPayload,
  MerTransitionPayload,
  MessageStatutPayload,
  OffreTransitionPayload,
  OnDomainEvent,
  PmsmpBilanPayload,
  PmsmpSituationPayload,
  PmsmpTransitionPayload,
} from '@app/core';
import { Injectable } from '@nestjs/common';
import { FAIT_DE } from './fait-mapping';
import { FaitsService } from './faits.service';

const E = DOMAIN_EVENT;

/** The read model fed live from the outbox: one fact per event, idempotent (unique source). */
@Injectable()
export class FaitsSubscriber {
  constructor(private readonly faits: FaitsService) {}

  @OnDomainEvent(E.OFFRE_TRANSITION)
  offre(e: OffreTransitionPayload) {
    return this.faits.enregistrer([FAIT_DE[E.OFFRE_TRANSITION](e)]);
  }

  @OnDomainEvent(E.MER_TRANSITION)
  mer(e: MerTransitionPayload) {
    return this.faits.enregistrer([FAIT_DE[E.MER_TRANSITION](e)]);
  }

  @OnDomainEvent(E.MER_SUIVI_REPONDU)
  suivi(e: MerSuiviReponduPayload) {
    return this.faits.enregistrer([FAIT_DE[E.MER_SUIVI_REPONDU](e)]);
  }

  @OnDomainEvent(E.MESSAGE_STATUT)
  message(e: MessageStatutPayload) {
    return this.faits.enregistrer([FAIT_DE[E.MESSAGE_STATUT](e)]);
  }

  @OnDomainEvent(E.PMSMP_TRANSITION)
  pmsmp(e: PmsmpTransitionPayload) {
    return this.faits.enregistrer([FAIT_DE[E.PMSMP_TRANSITION](e)]);
  }

  @OnDomainEvent(E.PMSMP_BILAN)
  bilan(e: PmsmpBilanPayload) {
    return this.faits.enregistrer([FAIT_DE[E.PMSMP_BILAN](e)]);
  }

  @OnDomainEvent(E.PMSMP_SITUATION)
  situation(e: PmsmpSituationPayload) {
    return this.faits.enregistrer([FAIT_DE[E.PMSMP_SITUATION](e)]);
  }
}

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
import { PartsDefautService } from '../rapport/parts-defaut.service';
import { FAIT_DE, FaitRow } from './fait-mapping';
import { FaitsService } from './faits.service';

const E = DOMAIN_EVENT;

/**
 * The read model fed live from the outbox: one fact per event, idempotent (unique source); then
 * its structure's default report parts are recomputed ahead (debounced, PartsDefautService) —
 * even for a fact already there, as a retry may follow a failure to plan them.
 */
@Injectable()
export class FaitsSubscriber {
  constructor(
    private readonly faits: FaitsService,
    private readonly parts: PartsDefautService,
  ) {}

  private async enregistrer(fait: FaitRow): Promise<void> {
    await this.faits.enregistrer([fait]);
    await this.parts.planifier(fait.structureId);
  }

  @OnDomainEvent(E.OFFRE_TRANSITION)
  offre(e: OffreTransitionPayload) {
    return this.enregistrer(FAIT_DE[E.OFFRE_TRANSITION](e));
  }

  @OnDomainEvent(E.MER_TRANSITION)
  mer(e: MerTransitionPayload) {
    return this.enregistrer(FAIT_DE[E.MER_TRANSITION](e));
  }

  @OnDomainEvent(E.MER_SUIVI_REPONDU)
  suivi(e: MerSuiviReponduPayload) {
    return this.enregistrer(FAIT_DE[E.MER_SUIVI_REPONDU](e));
  }

  @OnDomainEvent(E.MESSAGE_STATUT)
  message(e: MessageStatutPayload) {
    return this.enregistrer(FAIT_DE[E.MESSAGE_STATUT](e));
  }

  @OnDomainEvent(E.PMSMP_TRANSITION)
  pmsmp(e: PmsmpTransitionPayload) {
    return this.enregistrer(FAIT_DE[E.PMSMP_TRANSITION](e));
  }

  @OnDomainEvent(E.PMSMP_BILAN)
  bilan(e: PmsmpBilanPayload) {
    return this.enregistrer(FAIT_DE[E.PMSMP_BILAN](e));
  }

  @OnDomainEvent(E.PMSMP_SITUATION)
  situation(e: PmsmpSituationPayload) {
    return this.enregistrer(FAIT_DE[E.PMSMP_SITUATION](e));
  }
}

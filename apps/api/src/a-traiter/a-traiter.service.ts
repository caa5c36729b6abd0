import { AuthUser } from '@app/core';
import { RattachementsService, RattachementStatut } from '@app/entreprises';
import { MessageEvenementsService } from '@app/messaging';
import { MerATraiterService } from '@app/mises-en-relation';
import { OffresQueryService, OffreStatut } from '@app/offres';
import { ConventionsCompteursService } from '@app/pmsmp';
import { Injectable } from '@nestjs/common';
import { ATraiterView } from './a-traiter.view';

/** Composes the home from each module's public service (no module reads another's tables). */
@Injectable()
export class ATraiterService {
  constructor(
    private readonly offres: OffresQueryService,
    private readonly rattachements: RattachementsService,
    private readonly mer: MerATraiterService,
    private readonly conventions: ConventionsCompteursService,
    private readonly messages: MessageEvenementsService,
  ) {}

  async pour(user: AuthUser): Promise<ATraiterView> {
    const [offres, rattachements, mer, immersions, messages] = await Promise.all([
      this.offres.list({ statut: OffreStatut.A_VALIDER, parPage: 1 }, user),
      this.rattachements.listForStructure(user, RattachementStatut.EN_ATTENTE),
      this.mer.aTraiter(user),
      this.conventions.aValider(user.structureId),
      this.messages.enEchec(user.structureId),
    ]);
    return {
      offresAValider: offres.total,
      rattachementsAValider: rattachements.length,
      propositionsATrier: mer.aExaminer,
      acceptees: mer.acceptees,
      attenteEmployeur: mer.attenteEmployeur,
      attenteJeune: mer.attenteJeune,
      aAppeler: mer.aAppeler,
      suivisEchus: mer.suivisEchus,
      immersionsAValider: immersions,
      messagesEnEchec: messages,
      employeur: mer.employeur,
      appels: mer.appels,
    };
  }
}

import {
  HistoriquePage,
  MerSuiviReponduPayload,
  MerTransitionPayload,
  lireHistorique,
} from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * The MERs' log and the follow-up answers as the events they emitted (`mer.transition`,
 * `mer.suivi_repondu`), oldest first: the yearly report rebuilds its facts from them.
 */
@Injectable()
export class MerHistoriqueService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async transitions(
    apres: string | null,
    limit = 2000,
  ): Promise<HistoriquePage<MerTransitionPayload>> {
    return lireHistorique(
      this.dataSource,
      `SELECT t.id, t.mer_id, m.offre_id, m.jeune_id, m.structure_id, m.cre_id, t.action,
         t.from_statut, t.to_statut, t.by_role, t.motif_code, t.at, t.at::text AS at_txt,
         t.details -> 'contrat' ->> 'typeContrat' AS type_contrat
       FROM mer_transitions t JOIN mises_en_relation m ON m.id = t.mer_id
       WHERE (t.at, t.id) > ($1::timestamptz, $2::uuid)
       ORDER BY t.at, t.id LIMIT $3`,
      apres,
      limit,
      (r) => ({
        transitionId: r.id,
        merId: r.mer_id,
        offreId: r.offre_id,
        jeuneId: r.jeune_id,
        structureId: r.structure_id,
        creId: r.cre_id,
        action: r.action,
        fromStatut: r.from_statut,
        toStatut: r.to_statut,
        byRole: r.by_role,
        motifCode: r.motif_code,
        typeContrat: r.type_contrat,
        at: new Date(r.at).toISOString(),
      }),
    );
  }

  async suivis(
    apres: string | null,
    limit = 2000,
  ): Promise<HistoriquePage<MerSuiviReponduPayload>> {
    return lireHistorique(
      this.dataSource,
      `SELECT id, mer_id, structure_id, mois, repondant, reponse, answered_at,
         answered_at::text AS at_txt FROM mer_suivis
       WHERE reponse IS NOT NULL AND (answered_at, id) > ($1::timestamptz, $2::uuid)
       ORDER BY answered_at, id LIMIT $3`,
      apres,
      limit,
      (r) => ({
        suiviId: r.id,
        merId: r.mer_id,
        structureId: r.structure_id,
        mois: r.mois,
        repondant: r.repondant,
        reponse: r.reponse,
        at: new Date(r.answered_at).toISOString(),
      }),
    );
  }
}

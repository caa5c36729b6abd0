import {
  HistoriquePage,
  lireHistorique,
  PmsmpBilanPayload,
  PmsmpSituationPayload,
  PmsmpTransitionPayload,
} from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JOURS_SUIVI, OBJECTIF_FAIT, REALISATION_FAIT } from '../domain/pmsmp-faits';
import { SituationSuivi } from '../domain/pmsmp-codes';

const iso = (d: Date | string) => new Date(d).toISOString();

/**
 * The agreements' log, assessments and situations as the events they emitted
 * (`pmsmp.transition`, `pmsmp.bilan`, `pmsmp.situation`), oldest first, for the yearly report's
 * rebuild. Two things only the live events knew: the objective is today's (it is frozen once the
 * agreement is validated, which is what the report counts), and a situation corrected by a
 * conseiller shows its corrected answer (the live fact kept the first one).
 */
@Injectable()
export class PmsmpHistoriqueService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async transitions(
    apres: string | null,
    limit = 2000,
  ): Promise<HistoriquePage<PmsmpTransitionPayload>> {
    return lireHistorique(
      this.dataSource,
      `SELECT t.id, t.convention_id, c.structure_id, c.jeune_id, c.objectif, t.from_statut,
         t.to_statut, t.at, t.at::text AS at_txt
       FROM pmsmp_transitions t JOIN pmsmp_conventions c ON c.id = t.convention_id
       WHERE (t.at, t.id) > ($1::timestamptz, $2::uuid)
       ORDER BY t.at, t.id LIMIT $3`,
      apres,
      limit,
      (r) => ({
        transitionId: r.id,
        pmsmpId: r.convention_id,
        structureId: r.structure_id,
        jeuneId: r.jeune_id,
        objectif: OBJECTIF_FAIT[r.objectif as keyof typeof OBJECTIF_FAIT],
        fromStatut: r.from_statut,
        toStatut: r.to_statut,
        at: iso(r.at),
      }),
    );
  }

  async bilans(apres: string | null, limit = 2000): Promise<HistoriquePage<PmsmpBilanPayload>> {
    return lireHistorique(
      this.dataSource,
      `SELECT id, structure_id, objectif, bilan ->> 'realisation' AS realisation, bilan_at,
         bilan_at::text AS at_txt
       FROM pmsmp_conventions
       WHERE bilan_at IS NOT NULL AND (bilan_at, id) > ($1::timestamptz, $2::uuid)
       ORDER BY bilan_at, id LIMIT $3`,
      apres,
      limit,
      (r) => ({
        pmsmpId: r.id,
        structureId: r.structure_id,
        objectif: OBJECTIF_FAIT[r.objectif as keyof typeof OBJECTIF_FAIT],
        realisation: REALISATION_FAIT[r.realisation as keyof typeof REALISATION_FAIT],
        at: iso(r.bilan_at),
      }),
    );
  }

  async situations(
    apres: string | null,
    limit = 2000,
  ): Promise<HistoriquePage<PmsmpSituationPayload>> {
    return lireHistorique(
      this.dataSource,
      `SELECT s.id, s.convention_id, c.structure_id, c.jeune_id, c.objectif, s.echeance,
         s.situation, s.answered_at, s.answered_at::text AS at_txt
       FROM pmsmp_suivis s JOIN pmsmp_conventions c ON c.id = s.convention_id
       WHERE s.situation IS NOT NULL AND (s.answered_at, s.id) > ($1::timestamptz, $2::uuid)
       ORDER BY s.answered_at, s.id LIMIT $3`,
      apres,
      limit,
      (r) => ({
        pmsmpId: r.convention_id,
        structureId: r.structure_id,
        jeuneId: r.jeune_id,
        objectif: OBJECTIF_FAIT[r.objectif as keyof typeof OBJECTIF_FAIT],
        echeanceJours: JOURS_SUIVI[r.echeance as keyof typeof JOURS_SUIVI],
        enEmploi: r.situation === SituationSuivi.EMPLOI,
        at: iso(r.answered_at),
      }),
    );
  }
}

import { HistoriquePage, lireHistorique, OffreTransitionPayload } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** The field's value right after row t: the `avant` of the next edit that changed it, else today's. */
const valeurApres = (champ: string, colonne: string) => `coalesce((
  SELECT n.changes -> '${champ}' ->> 'avant' FROM offre_transitions n
  WHERE n.offre_id = t.offre_id AND (n.at, n.id) > (t.at, t.id) AND n.changes ? '${champ}'
  ORDER BY n.at, n.id LIMIT 1), o.${colonne})`;

/**
 * The offers' log as the `offre.transition` events it emitted, oldest first, for the yearly
 * report's rebuild: each row with the offer's domain and contract as they were then (rebuilt from
 * the later edits' `avant`).
 */
@Injectable()
export class OffreHistoriqueService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(apres: string | null, limit = 2000): Promise<HistoriquePage<OffreTransitionPayload>> {
    return lireHistorique(
      this.dataSource,
      `SELECT t.id, t.offre_id, o.structure_id, o.entreprise_id, t.action, t.from_statut,
         t.to_statut, t.by_user_id, t.at, t.at::text AS at_txt,
         ${valeurApres('codeRome', 'code_rome')} AS code_rome,
         ${valeurApres('typeContrat', 'type_contrat')} AS type_contrat
       FROM offre_transitions t JOIN offres o ON o.id = t.offre_id
       WHERE (t.at, t.id) > ($1::timestamptz, $2::uuid)
       ORDER BY t.at, t.id LIMIT $3`,
      apres,
      limit,
      (r) => ({
        transitionId: r.id,
        offreId: r.offre_id,
        structureId: r.structure_id,
        entrepriseId: r.entreprise_id,
        action: r.action,
        fromStatut: r.from_statut,
        toStatut: r.to_statut,
        byUserId: r.by_user_id,
        codeRome: String(r.code_rome).trim(),
        typeContrat: String(r.type_contrat).trim(),
        at: new Date(r.at).toISOString(),
      }),
    );
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * The yearly report's PMSMP figures, by objective: validated agreements that ended in the year,
 * assessments (done, partly, not started; hires and contracts), the jeune's situation at
 * +15 days, +1 month, +3 months (answered, in a job, share in a job).
 */
@Injectable()
export class PmsmpStatistiquesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async annee(structureId: string, annee: number) {
    const params = [structureId, `${annee}-01-01`, `${annee}-12-31`];
    const conventions: Record<string, string | number>[] = await this.dataSource.query(
      `SELECT objectif, count(*)::int AS conventions,
              count(*) FILTER (WHERE bilan IS NOT NULL)::int AS bilans,
              count(*) FILTER (WHERE bilan->>'realisation' = 'realise')::int AS realise,
              count(*) FILTER (WHERE bilan->>'realisation' = 'partiel')::int AS partiel,
              count(*) FILTER (WHERE bilan->>'realisation' = 'non_realise')::int AS non_realise,
              count(*) FILTER (WHERE (bilan->>'embauche')::boolean)::int AS embauches
         FROM pmsmp_conventions
        WHERE structure_id = $1 AND statut = 'validee' AND date_fin BETWEEN $2 AND $3
        GROUP BY objectif ORDER BY objectif`,
      params,
    );
    const suivis: Record<string, string | number>[] = await this.dataSource.query(
      `SELECT c.objectif, s.echeance, count(s.situation)::int AS reponses,
              count(*) FILTER (WHERE s.situation = 'emploi')::int AS emploi,
              count(*) FILTER (WHERE s.situation = 'formation')::int AS formation
         FROM pmsmp_suivis s JOIN pmsmp_conventions c ON c.id = s.convention_id
        WHERE c.structure_id = $1 AND c.statut = 'validee' AND c.date_fin BETWEEN $2 AND $3
        GROUP BY c.objectif, s.echeance`,
      params,
    );
    return {
      annee,
      parObjectif: conventions.map((row) => ({
        ...row,
        suivis: Object.fromEntries(
          suivis
            .filter((s) => s.objectif === row.objectif)
            .map((s) => [
              s.echeance,
              {
                reponses: s.reponses,
                emploi: s.emploi,
                formation: s.formation,
                partEmploi: Number(s.reponses) ? Number(s.emploi) / Number(s.reponses) : null,
              },
            ]),
        ),
      })),
    };
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Fait } from './fait.entity';
import { FaitRow } from './fait-mapping';
import { compter } from './compteurs';

/** The event's dimensions replace the stored ones: newer, and not after the first publication. */
const GAGNE = `(EXCLUDED.dims_at >= p.dims_at
  AND (p.publiee_at IS NULL OR EXCLUDED.dims_at <= p.publiee_at))`;

/**
 * Writes facts, idempotently: `ON CONFLICT (source) DO NOTHING`, so an event delivered twice or
 * replayed by the rebuild counts once. The offer's dimensions follow its events until its first
 * publication, then stay (a later edit does not move past figures to another domain).
 */
@Injectable()
export class FaitsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Returns how many facts were new. */
  async enregistrer(rows: FaitRow[], manager?: EntityManager): Promise<number> {
    if (rows.length === 0) return 0;
    if (!manager) return this.dataSource.transaction((m) => this.enregistrer(rows, m));
    // The same event twice in one batch is one fact.
    rows = [...new Map(rows.map((r) => [r.source, r])).values()];
    const nouvelles = new Set<string>();
    // PostgreSQL takes at most 65,535 parameters a statement: 1,000 rows × 19 columns.
    for (let i = 0; i < rows.length; i += 1000) {
      const res = await manager
        .createQueryBuilder()
        .insert()
        .into(Fait)
        .values(rows.slice(i, i + 1000))
        .orIgnore()
        .returning(['source'])
        .execute();
      for (const r of res.raw as { source: string }[]) nouvelles.add(r.source);
    }
    // Only facts that were new count: a replay adds nothing to the counters.
    const nouveaux = rows.filter((r) => nouvelles.has(r.source));
    await compter(manager, nouveaux);
    // The structures' kept report parts are stale from this commit on (syntheses.service.ts).
    const structures = [...new Set(nouveaux.map((r) => r.structureId))].sort();
    if (structures.length) {
      await manager.query(
        `INSERT INTO pilotage_versions AS v (structure_id, version)
         SELECT unnest($1::uuid[]), 1
         ON CONFLICT (structure_id) DO UPDATE SET version = v.version + 1`,
        [structures],
      );
    }
    const offres = rows.filter((r) => r.nature === 'offre');
    for (const o of offres) await this.dimensions(manager, o);
    return nouvelles.size;
  }

  private async dimensions(m: EntityManager, o: FaitRow): Promise<void> {
    const publication = o.toStatut === 'publiee' && o.fromStatut !== 'publiee';
    await m.query(
      `INSERT INTO pilotage_offres AS p
         (offre_id, structure_id, entreprise_id, domaine, type_contrat, cre_id, dims_at, publiee_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (offre_id) DO UPDATE SET
         domaine = CASE WHEN ${GAGNE} THEN EXCLUDED.domaine ELSE p.domaine END,
         type_contrat = CASE WHEN ${GAGNE} THEN EXCLUDED.type_contrat ELSE p.type_contrat END,
         entreprise_id = CASE WHEN ${GAGNE} THEN EXCLUDED.entreprise_id ELSE p.entreprise_id END,
         cre_id = CASE WHEN EXCLUDED.publiee_at IS NOT NULL
                       AND (p.publiee_at IS NULL OR EXCLUDED.publiee_at < p.publiee_at)
                  THEN EXCLUDED.cre_id ELSE p.cre_id END,
         dims_at = CASE WHEN ${GAGNE} THEN EXCLUDED.dims_at ELSE p.dims_at END,
         publiee_at = LEAST(p.publiee_at, EXCLUDED.publiee_at)`,
      [
        o.offreId,
        o.structureId,
        o.entrepriseId,
        o.domaine,
        o.contrat,
        publication ? o.creId : null,
        o.occurredAt,
        publication ? o.occurredAt : null,
      ],
    );
  }
}

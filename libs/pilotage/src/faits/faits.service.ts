import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { FaitRow } from './fait-mapping';
import { compter } from './compteurs';

/** The facts' columns: name, array type, field. */
const COLONNES: [string, string, keyof FaitRow][] = [
  ['source', 'text', 'source'],
  ['structure_id', 'uuid', 'structureId'],
  ['nature', 'text', 'nature'],
  ['occurred_at', 'timestamptz', 'occurredAt'],
  ['sujet_id', 'uuid', 'sujetId'],
  ['offre_id', 'uuid', 'offreId'],
  ['jeune_id', 'uuid', 'jeuneId'],
  ['entreprise_id', 'uuid', 'entrepriseId'],
  ['cre_id', 'uuid', 'creId'],
  ['action', 'text', 'action'],
  ['from_statut', 'text', 'fromStatut'],
  ['to_statut', 'text', 'toStatut'],
  ['domaine', 'text', 'domaine'],
  ['contrat', 'text', 'contrat'],
  ['motif', 'text', 'motif'],
  ['canal', 'text', 'canal'],
  ['objectif', 'text', 'objectif'],
  ['echeance', 'int', 'echeance'],
  ['en_emploi', 'boolean', 'enEmploi'],
];

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
    // One statement of column arrays (unnest) per 5,000 rows: no parameter limit, and PostgreSQL
    // parses one short statement instead of 19 parameters a row (the rebuild's bulk of time).
    const nouvelles = new Set<string>();
    for (let i = 0; i < rows.length; i += 5000) {
      const part = rows.slice(i, i + 5000);
      const res: { source: string }[] = await manager.query(
        `INSERT INTO pilotage_faits (${COLONNES.map(([c]) => c).join(', ')})
         SELECT * FROM unnest(${COLONNES.map(([, t], k) => `$${k + 1}::${t}[]`).join(', ')})
         ON CONFLICT (source) DO NOTHING RETURNING source`,
        COLONNES.map(([, , f]) => part.map((r) => r[f])),
      );
      for (const r of res) nouvelles.add(r.source);
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
    // The offers' dimensions, set-based: round k merges each offer's k-th event of the batch
    // (in the batch's order, oldest first), so an offer's events apply in turn as one by one.
    const parOffre = new Map<string, FaitRow[]>();
    for (const r of rows) {
      if (r.nature !== 'offre' || !r.offreId) continue;
      const evts = parOffre.get(r.offreId);
      if (evts) evts.push(r);
      else parOffre.set(r.offreId, [r]);
    }
    for (let k = 0; parOffre.size; k++) {
      const tour = [...parOffre.values()].map((evts) => evts[k]);
      await this.dimensions(manager, tour);
      for (const [id, evts] of parOffre) if (evts.length <= k + 1) parOffre.delete(id);
    }
    return nouvelles.size;
  }

  private async dimensions(m: EntityManager, tour: FaitRow[]): Promise<void> {
    const publication = (o: FaitRow) => o.toStatut === 'publiee' && o.fromStatut !== 'publiee';
    await m.query(
      `INSERT INTO pilotage_offres AS p
         (offre_id, structure_id, entreprise_id, domaine, type_contrat, cre_id, dims_at, publiee_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::uuid[],
         $7::timestamptz[], $8::timestamptz[])
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
        tour.map((o) => o.offreId),
        tour.map((o) => o.structureId),
        tour.map((o) => o.entrepriseId),
        tour.map((o) => o.domaine),
        tour.map((o) => o.contrat),
        tour.map((o) => (publication(o) ? o.creId : null)),
        tour.map((o) => o.occurredAt),
        tour.map((o) => (publication(o) ? o.occurredAt : null)),
      ],
    );
  }
}

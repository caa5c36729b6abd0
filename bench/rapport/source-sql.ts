import { DataSource } from 'typeorm';

/**
 * The baseline: the same figures computed by plain SQL straight over the modules' tables, as a report without a read model would. Note that
 * it reads today's domain and contract of each offer: not reproducible, only a cost reference.
 */
const PERIODE = (col: string) => `${col} >= $2 AND ${col} < $3`;
const SQL = [
  `SELECT left(o.code_rome, 1), o.type_contrat,
     count(DISTINCT o.id) FILTER (WHERE t.action = 'creation'),
     count(DISTINCT o.entreprise_id) FILTER (WHERE t.action = 'creation'),
     count(DISTINCT o.id) FILTER (WHERE t.to_statut = 'publiee' AND t.from_statut IS DISTINCT FROM 'publiee'),
     count(DISTINCT o.id) FILTER (WHERE t.to_statut = 'pourvue')
   FROM offres o JOIN offre_transitions t ON t.offre_id = o.id
   WHERE o.structure_id = ANY($1) AND ${PERIODE('t.at')}
   GROUP BY GROUPING SETS ((left(o.code_rome, 1)), (o.type_contrat), ())`,
  `WITH fin AS (SELECT DISTINCT o.id FROM offres o JOIN offre_transitions t ON t.offre_id = o.id
     WHERE o.structure_id = ANY($1) AND ${PERIODE('t.at')}
       AND t.to_statut IN ('pourvue', 'cloturee', 'expiree') AND t.from_statut NOT IN ('pourvue', 'cloturee', 'expiree'))
   SELECT count(*), count(*) FILTER (WHERE EXISTS (SELECT 1 FROM mises_en_relation m
     JOIN mer_transitions r ON r.mer_id = m.id
     WHERE m.offre_id = fin.id AND r.to_statut = 'recrutee' AND r.at < $3)) FROM fin`,
  `SELECT t.to_statut, t.motif_code, t.details -> 'contrat' ->> 'typeContrat',
     count(*) FILTER (WHERE t.action = 'creation'), count(*),
     count(DISTINCT m.jeune_id) FILTER (WHERE t.to_statut = 'transmise_employeur')
   FROM mises_en_relation m JOIN mer_transitions t ON t.mer_id = m.id
   WHERE m.structure_id = ANY($1) AND ${PERIODE('t.at')}
   GROUP BY GROUPING SETS ((t.to_statut, t.motif_code), (t.to_statut, t.details -> 'contrat' ->> 'typeContrat'), ())`,
  `WITH o AS (SELECT o.id, min(t.at) AS publiee_at FROM offres o JOIN offre_transitions t ON t.offre_id = o.id
       WHERE o.structure_id = ANY($1) AND t.to_statut = 'publiee' GROUP BY o.id),
     x AS (SELECT o.id, count(*) FILTER (WHERE t.to_statut = 'transmise_employeur') AS c,
       min(t.at) FILTER (WHERE t.action = 'creation') - o.publiee_at AS p,
       min(t.at) FILTER (WHERE t.to_statut = 'recrutee') - o.publiee_at AS r
       FROM o LEFT JOIN mises_en_relation m ON m.offre_id = o.id
       LEFT JOIN mer_transitions t ON t.mer_id = m.id AND t.at < $3
       WHERE ${PERIODE('o.publiee_at')} GROUP BY o.id, o.publiee_at)
   SELECT count(*), avg(c), percentile_cont(0.5) WITHIN GROUP (ORDER BY p),
     percentile_cont(0.5) WITHIN GROUP (ORDER BY r), (SELECT jsonb_object_agg(k, n) FROM
       (SELECT least(c, 5) k, count(*) n FROM x GROUP BY 1) d) FROM x`,
  `WITH t AS (SELECT m.id, min(t.at) AS at FROM mises_en_relation m JOIN mer_transitions t ON t.mer_id = m.id
       WHERE m.structure_id = ANY($1) AND ${PERIODE('t.at')} AND t.to_statut = 'transmise_employeur' GROUP BY m.id),
     r AS (SELECT t.mer_id, min(t.at) AS at FROM mer_transitions t JOIN mises_en_relation m ON m.id = t.mer_id
       WHERE m.structure_id = ANY($1) AND ${PERIODE('t.at')}
         AND t.to_statut IN ('entretien', 'recrutee', 'non_retenue') GROUP BY t.mer_id)
   SELECT count(*), count(r.at), percentile_cont(0.5) WITHIN GROUP (ORDER BY r.at - t.at)
   FROM t LEFT JOIN r ON r.mer_id = t.id`,
  `SELECT canal, count(*) FILTER (WHERE ${PERIODE('sent_at')}),
     count(*) FILTER (WHERE ${PERIODE('delivered_at')}), count(*) FILTER (WHERE ${PERIODE('failed_at')}),
     count(DISTINCT destinataire_id) FILTER (WHERE ${PERIODE('sent_at')})
   FROM messages WHERE structure_id = ANY($1) AND destinataire_type = 'jeune'
     AND created_at >= $2 - interval '7 days' AND created_at < $3
   GROUP BY GROUPING SETS ((canal), ())`,
  `SELECT c.objectif, count(*) FROM pmsmp_conventions c JOIN pmsmp_transitions t ON t.convention_id = c.id
   WHERE c.structure_id = ANY($1) AND ${PERIODE('t.at')}
     AND t.to_statut = 'validee' AND t.from_statut IS DISTINCT FROM 'validee'
   GROUP BY GROUPING SETS ((c.objectif), ())`,
  `SELECT bilan ->> 'realisation', count(*) FROM pmsmp_conventions
   WHERE structure_id = ANY($1) AND ${PERIODE('bilan_at')} GROUP BY GROUPING SETS ((1), ())`,
  `SELECT echeance, count(*), count(*) FILTER (WHERE situation = 'emploi') FROM pmsmp_suivis
   WHERE structure_id = ANY($1) AND ${PERIODE('answered_at')} GROUP BY echeance`,
];

export async function rapportSource(ds: DataSource, ids: string[], from: Date, to: Date) {
  return Promise.all(SQL.map((q) => ds.query(q, [ids, from, to])));
}

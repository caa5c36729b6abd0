import { escapeLiteral } from 'pg';
import type { Engagement } from './propositions-writer.service';
import { ACTIVE_SQL, SYNCHRONISER_SQL, VERROUILLER_SQL } from './verrous';

const uuids = (ids: string[]) => `${escapeLiteral(`{${ids.join(',')}}`)}::uuid[]`;

/**
 * A round without closings written in ONE round trip: one simple-protocol message of three
 * statements, which PostgreSQL runs as one implicit transaction (a failure rolls back all) and,
 * in READ COMMITTED, each with its own snapshot. So the locks of verrous.ts are taken by the
 * second statement and the third counts after them, as PropositionsWriter.write does over five
 * round trips; but the third writes only when EVERY choice fits both caps on those fresh counts
 * (then the greedy acceptance of write() would accept them all), else nothing: `ok` false, and
 * the caller writes the round the usual way. The values travel as one escaped literal (the
 * simple protocol has no parameters). Returns the text; its last statement gives (ok, creees).
 */
export function engagementDirectSql(e: Engagement, now: Date, evenement: string): string {
  const offreIds = uuids(e.offres.map((o) => o.id));
  const jeuneIds = uuids([...new Set(e.choix.map((c) => c.jeuneId))]);
  const at = `${escapeLiteral(now.toISOString())}::timestamptz`;
  const lignes = escapeLiteral(
    JSON.stringify(
      e.choix.map((c) => ({
        o: c.offre.id,
        j: c.jeuneId,
        s: c.offre.structureId,
        js: c.jeuneStructureId,
        sc: c.score,
        d: c.detail,
        r: c.raisons,
        v: c.offre.versionCriteres,
        k: c.offre.candidatsSouhaites,
      })),
    ),
  );
  return `SET LOCAL synchronous_commit TO off;
${VERROUILLER_SQL(jeuneIds, offreIds)};
WITH t AS MATERIALIZED (
  SELECT * FROM jsonb_to_recordset(${lignes}::jsonb)
    AS t(o uuid, j uuid, s uuid, js uuid, sc numeric, d jsonb, r jsonb, v int, k int)),
refus AS (
  SELECT 1 FROM t WHERE NOT EXISTS (SELECT 1 FROM matching_jeunes mj WHERE mj.jeune_id = t.j)
  UNION ALL
  SELECT 1 FROM (SELECT o, max(k) AS k, count(*) AS n FROM t GROUP BY o) x
  WHERE (SELECT count(*) FROM propositions p WHERE p.offre_id = x.o AND ${ACTIVE_SQL}) + x.n
    > x.k
  UNION ALL
  SELECT 1 FROM (SELECT j, count(*) AS n FROM t GROUP BY j) x
  WHERE (SELECT count(*) FROM propositions p WHERE p.jeune_id = x.j AND ${ACTIVE_SQL}) + x.n
    > ${Number(e.maxParJeune)}
  LIMIT 1),
ok AS (SELECT NOT EXISTS (SELECT 1 FROM refus) AS ok),
done AS (DELETE FROM matching_demandes WHERE offre_id = ANY(${offreIds}) AND (SELECT ok FROM ok)),
inserees AS (
  INSERT INTO propositions (offre_id, jeune_id, structure_id, jeune_structure_id, score, detail,
    raisons, offre_version, created_at, updated_at)
  SELECT o, j, s, js, sc, d, ARRAY(SELECT jsonb_array_elements_text(r)), v, ${at}, ${at}
  FROM t WHERE (SELECT ok FROM ok)
  ON CONFLICT ON CONSTRAINT "UQ_propositions_offre_jeune" DO NOTHING
  RETURNING id, offre_id, jeune_id),
evenements AS (
  INSERT INTO outbox_events (type, aggregate_id, payload)
  SELECT ${escapeLiteral(evenement)}, offre_id, jsonb_build_object('propositionId', id,
    'offreId', offre_id, 'jeuneId', jeune_id)
  FROM inserees),
${SYNCHRONISER_SQL(
  `(SELECT CASE WHEN ok THEN ${jeuneIds} ELSE '{}'::uuid[] END FROM ok)::uuid[]`,
  at,
  'SELECT jeune_id FROM inserees',
  true,
)}
SELECT (SELECT ok FROM ok) AS ok, (SELECT count(*)::int FROM inserees) AS creees`;
}

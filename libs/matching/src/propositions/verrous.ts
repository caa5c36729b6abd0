import { EntityManager } from 'typeorm';

/** Namespace of the matcher's advisory locks (the first key of pg_advisory_xact_lock). */
const NS_OFFRE = 6_060_001;
const ACTIVES = `('ouverte', 'retenue')`;

/**
 * Lock order, everywhere: offers (advisory, sorted) then jeunes (rows of matching_jeunes,
 * sorted) then proposals. Two matchers sharing candidates thus never deadlock, and the counts
 * read after the locks (a new statement, a new snapshot) are exact until commit.
 */
export async function verrouillerOffres(m: EntityManager, offreIds: string[]): Promise<void> {
  if (offreIds.length === 0) return;
  await m.query(
    `SELECT pg_advisory_xact_lock(${NS_OFFRE}, hashtext(id::text))
     FROM (SELECT DISTINCT id FROM unnest($1::uuid[]) id ORDER BY id) s`,
    [offreIds],
  );
}

/**
 * Locks the jeunes' rows (after the offers', when given); returns the jeunes that still exist (a
 * deleted jeune is skipped).
 */
export async function verrouillerJeunes(
  m: EntityManager,
  jeuneIds: string[],
  offreIds: string[] = [],
): Promise<Set<string>> {
  if (jeuneIds.length === 0) {
    await verrouillerOffres(m, offreIds);
    return new Set();
  }
  const rows: { jeune_id: string }[] = await m.query(VERROUILLER_SQL('$1::uuid[]', '$2::uuid[]'), [
    jeuneIds,
    offreIds,
  ]);
  return new Set(rows.map((r) => r.jeune_id));
}

/**
 * The statement of verrouillerJeunes over two uuid[] expressions: the offers' advisory locks
 * first (an InitPlan, run before the scan), then the jeunes' rows, in one round trip; the counts
 * read by the next statement still see every commit before the locks.
 */
export function VERROUILLER_SQL(jeuneIds: string, offreIds: string): string {
  return `SELECT jeune_id FROM matching_jeunes
     WHERE jeune_id = ANY(${jeuneIds})
       AND (SELECT count(pg_advisory_xact_lock(${NS_OFFRE}, hashtext(id::text)))
            FROM (SELECT DISTINCT id FROM unnest(${offreIds}) id ORDER BY id) s) >= 0
     ORDER BY jeune_id FOR UPDATE`;
}

/** Active proposals (`p`) of a status that counts in the caps k and m, as an SQL condition. */
export const ACTIVE_SQL = `p.statut IN ${ACTIVES}`;

/**
 * Active proposals per offer and per jeune, read from the proposals themselves (the truth), in
 * one statement: called after the locks, it sees every commit that preceded them.
 */
export async function compter(
  m: EntityManager,
  offreIds: string[],
  jeuneIds: string[],
): Promise<{ parOffre: Map<string, number>; parJeune: Map<string, number> }> {
  const rows: { k: 'o' | 'j'; id: string; n: number }[] = await m.query(
    `SELECT 'o' AS k, offre_id AS id, count(*)::int AS n FROM propositions
     WHERE offre_id = ANY($1::uuid[]) AND statut IN ${ACTIVES} GROUP BY offre_id
     UNION ALL
     SELECT 'j', jeune_id, count(*)::int FROM propositions
     WHERE jeune_id = ANY($2::uuid[]) AND statut IN ${ACTIVES} GROUP BY jeune_id`,
    [offreIds, jeuneIds],
  );
  const parOffre = new Map<string, number>();
  const parJeune = new Map<string, number>();
  for (const r of rows) (r.k === 'o' ? parOffre : parJeune).set(r.id, r.n);
  return { parOffre, parJeune };
}

/**
 * Copies the jeunes' open count (recounted) and, for those just proposed, the time of their last
 * proposal, into matching_jeunes and their candidate rows (which the search filters on).
 */
export async function synchroniserJeunes(
  m: EntityManager,
  jeuneIds: string[],
  proposesA?: { ids: string[]; at: Date },
): Promise<void> {
  if (jeuneIds.length === 0) return;
  const sql = SYNCHRONISER_SQL('$1::uuid[]', '$3', 'SELECT unnest($2::uuid[])', false);
  await m.query(`WITH ${sql} SELECT 1`, [jeuneIds, proposesA?.ids ?? [], proposesA?.at ?? null]);
}

/**
 * The CTEs that copy the jeunes' open count (recounted) and last proposal into matching_jeunes
 * and their candidate rows (which the search filters on). `proposes` selects the jeunes proposed
 * at `at`; when the same statement inserts those proposals (`enPlus`), its snapshot does not see
 * them: they are added to the count.
 */
export function SYNCHRONISER_SQL(
  jeuneIds: string,
  at: string,
  proposes: string,
  enPlus: boolean,
): string {
  const ajout = enPlus ? ' + coalesce(x.n, 0)' : '';
  // `nouv` joined once (a hash or merge join), not looked up per jeune: a lot's few thousand
  // jeunes made that lookup quadratic, a third of the sweep's write statement.
  return `nouv AS (SELECT jeune_id, count(*)::int AS n FROM (${proposes}) AS p(jeune_id) GROUP BY jeune_id),
    sync_j AS (
      UPDATE matching_jeunes j SET
        propositions_ouvertes = (SELECT count(*) FROM propositions p
          WHERE p.jeune_id = j.jeune_id AND p.statut IN ${ACTIVES})${ajout},
        derniere_proposition_at = CASE
          WHEN x.n IS NOT NULL THEN ${at} ELSE j.derniere_proposition_at END
      FROM (SELECT DISTINCT i.jeune_id, nouv.n FROM unnest(${jeuneIds}) AS i(jeune_id)
        LEFT JOIN nouv ON nouv.jeune_id = i.jeune_id) x
      WHERE j.jeune_id = x.jeune_id
      RETURNING j.jeune_id, j.propositions_ouvertes AS n,
        coalesce(j.derniere_proposition_at, j.inscrit_at) AS attente),
    sync_c AS (
      UPDATE matching_candidats c SET propositions_ouvertes = sync_j.n, attente_depuis = sync_j.attente
      FROM sync_j WHERE c.jeune_id = sync_j.jeune_id
        AND (c.propositions_ouvertes, c.attente_depuis) IS DISTINCT FROM (sync_j.n, sync_j.attente))`;
}

/** Rows of an UPDATE … RETURNING (TypeORM gives `[rows, count]` for UPDATE and DELETE). */
export async function updateReturning<T>(
  m: EntityManager,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  const res = await m.query(sql, params);
  return Array.isArray(res) &&
    res.length === 2 &&
    Array.isArray(res[0]) &&
    typeof res[1] === 'number'
    ? (res[0] as T[])
    : (res as T[]);
}

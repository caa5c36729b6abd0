/**
 * The report's queries, over the read model only ($1 structures, [$2, $3) the period, $4 CRE,
 * $5 ROME domain). Facts of a period are found by `occurred_at` (the time in the module's log),
 * so figures never depend on today's state. Offer facts are filtered on their own domain (the
 * offer's at that moment), MER facts on the offer's dimensions frozen at its first publication.
 *
 * Each query answers per structure (one pass for any number of them): what adds up is counted,
 * what does not (distinct entreprises and jeunes, medians) comes as its ids or values, so a
 * structure's part can be kept and the network's figures are the exact sum of the parts.
 */
const PERIODE = `f.structure_id = ANY($1) AND f.occurred_at >= $2 AND f.occurred_at < $3`;
const FILTRES_OFFRE = `($4::uuid IS NULL OR po.cre_id = $4) AND ($5::text IS NULL OR f.domaine = $5)`;
const FILTRES_MER = `($4::uuid IS NULL OR po.cre_id = $4) AND ($5::text IS NULL OR po.domaine = $5)`;
const FINS_OFFRE = `('pourvue', 'cloturee', 'expiree')`;
const REPONSES_EMPLOYEUR = `('entretien', 'recrutee', 'non_retenue')`;
const JOURS = (a: string, b: string) => `(extract(epoch FROM (${a} - ${b})) / 86400)::float8`;

export const SQL = {
  offres: `
    SELECT f.structure_id, f.domaine, f.contrat,
      GROUPING(f.domaine) AS g_domaine, GROUPING(f.contrat) AS g_contrat,
      count(DISTINCT f.offre_id) FILTER (WHERE f.action = 'creation')::int AS recues,
      CASE WHEN GROUPING(f.domaine, f.contrat) = 3 THEN
        array_agg(DISTINCT f.entreprise_id) FILTER (WHERE f.action = 'creation') END AS entreprises,
      count(DISTINCT f.offre_id) FILTER (WHERE f.to_statut = 'publiee'
        AND f.from_statut IS DISTINCT FROM 'publiee')::int AS publiees,
      count(DISTINCT f.offre_id) FILTER (WHERE f.to_statut = 'pourvue'
        AND f.from_statut IS DISTINCT FROM 'pourvue')::int AS pourvues
    FROM pilotage_faits f LEFT JOIN pilotage_offres po ON po.offre_id = f.offre_id
    WHERE f.nature = 'offre' AND ${PERIODE} AND ${FILTRES_OFFRE}
    GROUP BY f.structure_id, GROUPING SETS ((f.domaine), (f.contrat), ())`,

  terminees: `
    WITH fin AS (
      SELECT DISTINCT f.structure_id, f.offre_id FROM pilotage_faits f
      LEFT JOIN pilotage_offres po ON po.offre_id = f.offre_id
      WHERE f.nature = 'offre' AND ${PERIODE} AND ${FILTRES_OFFRE}
        AND f.to_statut IN ${FINS_OFFRE} AND f.from_statut NOT IN ${FINS_OFFRE})
    SELECT structure_id, count(*)::int AS terminees,
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM pilotage_faits r
        WHERE r.offre_id = fin.offre_id AND r.nature = 'mer' AND r.to_statut = 'recrutee'
          AND r.occurred_at < $3))::int AS avec_recrutement
    FROM fin GROUP BY structure_id`,

  mer: `
    SELECT f.structure_id, f.to_statut, f.motif, f.contrat,
      GROUPING(f.to_statut) AS g_statut, GROUPING(f.motif) AS g_motif, GROUPING(f.contrat) AS g_contrat,
      count(*) FILTER (WHERE f.action = 'creation')::int AS propositions,
      count(*) FILTER (WHERE f.action <> 'creation')::int AS n,
      CASE WHEN GROUPING(f.to_statut) = 1 THEN array_agg(DISTINCT f.jeune_id)
        FILTER (WHERE f.to_statut = 'transmise_employeur') END AS jeunes
    FROM pilotage_faits f LEFT JOIN pilotage_offres po ON po.offre_id = f.offre_id
    WHERE f.nature = 'mer' AND ${PERIODE} AND ${FILTRES_MER}
    GROUP BY f.structure_id, GROUPING SETS ((f.to_statut, f.motif), (f.to_statut, f.contrat), ())`,

  /** Offers first published in the period, and their MERs up to the end of the period. */
  parOffre: `
    WITH o AS (
      SELECT po.structure_id, po.offre_id, po.publiee_at FROM pilotage_offres po
      WHERE po.structure_id = ANY($1) AND po.publiee_at >= $2 AND po.publiee_at < $3
        AND ($4::uuid IS NULL OR po.cre_id = $4) AND ($5::text IS NULL OR po.domaine = $5)),
    m AS (
      SELECT f.offre_id,
        count(*) FILTER (WHERE f.to_statut = 'transmise_employeur') AS candidats,
        min(f.occurred_at) FILTER (WHERE f.action = 'creation') AS proposition,
        min(f.occurred_at) FILTER (WHERE f.to_statut = 'recrutee') AS recrutement
      FROM pilotage_faits f JOIN o ON o.offre_id = f.offre_id
      WHERE f.nature = 'mer' AND ${PERIODE}
      GROUP BY f.offre_id),
    x AS (SELECT o.structure_id, coalesce(m.candidats, 0)::int AS candidats,
        ${JOURS('m.proposition', 'o.publiee_at')} AS j_prop,
        ${JOURS('m.recrutement', 'o.publiee_at')} AS j_rec
      FROM o LEFT JOIN m ON m.offre_id = o.offre_id)
    SELECT structure_id, count(*)::int AS offres, sum(candidats)::int AS candidats,
      jsonb_build_object(
        '0', count(*) FILTER (WHERE candidats = 0), '1', count(*) FILTER (WHERE candidats = 1),
        '2', count(*) FILTER (WHERE candidats = 2), '3', count(*) FILTER (WHERE candidats = 3),
        '4', count(*) FILTER (WHERE candidats = 4), '5', count(*) FILTER (WHERE candidats >= 5)
      ) AS distribution,
      coalesce(array_agg(j_prop) FILTER (WHERE j_prop IS NOT NULL), '{}') AS prop,
      coalesce(array_agg(j_rec) FILTER (WHERE j_rec IS NOT NULL), '{}') AS rec
    FROM x GROUP BY structure_id`,

  /** MERs sent to the employer in the period, and the employer's first answer in the period. */
  employeurs: `
    WITH t AS (
      SELECT f.structure_id, f.sujet_id, min(f.occurred_at) AS at FROM pilotage_faits f
      LEFT JOIN pilotage_offres po ON po.offre_id = f.offre_id
      WHERE f.nature = 'mer' AND ${PERIODE} AND ${FILTRES_MER}
        AND f.to_statut = 'transmise_employeur'
      GROUP BY f.structure_id, f.sujet_id),
    r AS (
      SELECT f.sujet_id, min(f.occurred_at) AS at FROM pilotage_faits f
      WHERE f.nature = 'mer' AND ${PERIODE} AND f.to_statut IN ${REPONSES_EMPLOYEUR}
        AND f.from_statut IN ('transmise_employeur', 'entretien', 'sans_reponse_employeur')
      GROUP BY f.sujet_id)
    SELECT t.structure_id, count(*)::int AS transmises, count(r.at)::int AS repondues,
      coalesce(array_agg(${JOURS('r.at', 't.at')}) FILTER (WHERE r.at IS NOT NULL), '{}') AS delais
    FROM t LEFT JOIN r ON r.sujet_id = t.sujet_id AND r.at >= t.at
    GROUP BY t.structure_id`,

  /** Follow-up answers in the period: one per hire and échéance, the employer's first. */
  suivis: `
    SELECT structure_id, echeance, count(*)::int AS renseignes,
      count(*) FILTER (WHERE en_emploi)::int AS en_poste
    FROM (SELECT DISTINCT ON (f.sujet_id, f.echeance) f.structure_id, f.echeance, f.en_emploi
      FROM pilotage_faits f WHERE f.nature = 'suivi' AND ${PERIODE}
      ORDER BY f.sujet_id, f.echeance, (f.action = 'employeur') DESC, f.occurred_at) s
    GROUP BY structure_id, echeance`,

  parCre: `
    SELECT structure_id, cre_id, sum(publiees)::int AS publiees, sum(recrutements)::int AS recrutements
    FROM (
      SELECT po.structure_id, po.cre_id, count(*) AS publiees, 0 AS recrutements
      FROM pilotage_offres po
      WHERE po.structure_id = ANY($1) AND po.publiee_at >= $2 AND po.publiee_at < $3
        AND ($4::uuid IS NULL OR po.cre_id = $4) AND ($5::text IS NULL OR po.domaine = $5)
      GROUP BY po.structure_id, po.cre_id
      UNION ALL
      SELECT f.structure_id, po.cre_id, 0, count(*) FROM pilotage_faits f
      LEFT JOIN pilotage_offres po ON po.offre_id = f.offre_id
      WHERE f.nature = 'mer' AND ${PERIODE} AND ${FILTRES_MER} AND f.to_statut = 'recrutee'
      GROUP BY f.structure_id, po.cre_id) c
    GROUP BY structure_id, cre_id`,
};

/**
 * Over the daily counters and contacts ($1 structures, $2 and $3 the first and last Paris dates):
 * a few hundred rows a structure and year, whatever the number of messages.
 */
export const SQL_JOURS = {
  compteurs: `
    SELECT structure_id, nature, cle, sum(n)::int AS n FROM pilotage_compteurs
    WHERE structure_id = ANY($1) AND jour BETWEEN $2 AND $3
      AND nature IN ('message', 'pmsmp', 'pmsmp_bilan', 'pmsmp_situation')
    GROUP BY structure_id, nature, cle`,

  /** Hash-aggregated distinct (structure, channel, jeune): no sort of millions of ids. */
  contacts: `
    SELECT structure_id, canal, count(*)::int AS jeunes FROM (
      SELECT DISTINCT structure_id, canal, jeune_id FROM pilotage_contacts
      WHERE structure_id = ANY($1) AND jour BETWEEN $2 AND $3) c
    GROUP BY structure_id, canal`,
};

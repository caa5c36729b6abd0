import { Client } from 'pg';
import { cumulative } from './fiches-mix';

/** As in the Matching migration (used if a previous interrupted run left it dropped). */
const INDEX_RECHERCHE = `CREATE INDEX "IDX_matching_candidats_recherche" ON matching_candidats (fiche, structure_id, lat, lon)
  INCLUDE (jeune_id, rang, rayon_km, permis_b, date_naissance, disponible_le, indisponibilites,
    niveau_diplome, experience_mois, programme, temps_partiel_seul, propositions_ouvertes, attente_depuis)
  WHERE actif`;

export interface Sizes {
  jeunes: number;
  offres: number;
  structures: number;
}

const log = (msg: string, t0: number) =>
  console.error(`  ${msg} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

/**
 * A realistic national population, set-based (generate_series, no row-by-row inserts): the
 * structures are the Voronoi cells of seeds drawn by population; jeunes and offers are placed on
 * communes weighted by population (commune centres, as the jeunes module stores them); wishes
 * and offers follow the sector mix of youth offers.
 */
export async function generate(c: Client, s: Sizes): Promise<void> {
  const t0 = Date.now();
  await c.query(`SET work_mem = '256MB'`);
  await c.query(
    `TRUNCATE propositions, matching_demandes, matching_reglages, matching_candidats, matching_jeunes CASCADE`,
  );
  await c.query(`DELETE FROM offres WHERE titre = 'Offre de banc d''essai'`);
  await c
    .query(`DELETE FROM offre_transitions WHERE offre_id NOT IN (SELECT id FROM offres)`)
    .catch(() => undefined);
  await c.query(`CREATE TEMP TABLE mix_offres (fiche char(5), cum float8)`);
  await c.query(`CREATE TEMP TABLE mix_jeunes (fiche char(5), cum float8)`);
  for (const [table, flatten] of [
    ['mix_offres', 1],
    ['mix_jeunes', 0.7],
  ] as const) {
    const rows = cumulative(flatten);
    await c.query(`INSERT INTO ${table} SELECT * FROM unnest($1::bpchar[], $2::float8[])`, [
      rows.map((r) => r.fiche),
      rows.map((r) => r.cum),
    ]);
    await c.query(`UPDATE ${table} SET cum = 1 WHERE cum = (SELECT max(cum) FROM ${table})`);
    await c.query(`CREATE INDEX ON ${table} (cum)`);
  }

  // Structures, one CRE and one entreprise each.
  await c.query(
    `INSERT INTO structures (code, nom) SELECT 'bench-' || i, 'Mission Locale de banc d''essai ' || i
     FROM generate_series(1, $1) i ON CONFLICT (code) DO NOTHING`,
    [s.structures],
  );
  await c.query(
    `CREATE TEMP TABLE bs AS SELECT id, row_number() OVER (ORDER BY code) AS rn FROM structures
    WHERE code LIKE 'bench-%' AND substring(code from 7)::int <= $1`,
    [s.structures],
  );
  await c.query(`INSERT INTO users (structure_id, email, password_hash, role, prenom, nom)
    SELECT bs.id, 'cre-' || s.code || '@bench.test', 'x', 'cre', 'Bench', 'CRE' FROM bs JOIN structures s ON s.id = bs.id ON CONFLICT (email) DO NOTHING`);
  await c.query(`INSERT INTO entreprises (structure_id, siret, raison_sociale, created_by_id)
    SELECT bs.id, lpad(bs.rn::text, 14, '0'), 'Entreprise de banc d''essai', u.id
    FROM bs JOIN users u ON u.structure_id = bs.id AND u.email LIKE 'cre-bench-%'
    WHERE NOT EXISTS (SELECT 1 FROM entreprises e WHERE e.structure_id = bs.id)`);

  // Communes with a place and a population, as a cumulative distribution.
  await c.query(`CREATE TEMP TABLE bc AS
    SELECT code_insee, lat, lon, sum(population::float8) OVER (ORDER BY code_insee) AS cum
    FROM communes WHERE lat IS NOT NULL AND population > 0
      -- Paris, Lyon and Marseille are counted through their arrondissements, not twice.
      AND code_insee NOT IN ('75056', '69123', '13055')`);
  await c.query(`UPDATE bc SET cum = cum / (SELECT max(cum) FROM bc)`);
  // Seeds drawn by population, on distinct communes (two structures never share a centre).
  await c.query(
    `CREATE TEMP TABLE seeds AS
    WITH draws AS (
      SELECT DISTINCT ON (p.code_insee) p.code_insee, p.lat, p.lon, g.i
      FROM (SELECT i, random() AS r FROM generate_series(1, $1 * 4) i) g
      CROSS JOIN LATERAL (SELECT code_insee, lat, lon FROM bc WHERE cum >= g.r ORDER BY cum LIMIT 1) p
      ORDER BY p.code_insee, g.i)
    SELECT bs.id AS structure_id, d.lat, d.lon
    FROM (SELECT *, row_number() OVER (ORDER BY i) AS rn FROM draws) d JOIN bs ON bs.rn = d.rn`,
    [s.structures],
  );
  await c.query(`CREATE TEMP TABLE bcs AS SELECT bc.*, (SELECT structure_id FROM seeds
      ORDER BY (seeds.lat - bc.lat) ^ 2 + ((seeds.lon - bc.lon) * 0.67) ^ 2 LIMIT 1) AS structure_id
    FROM bc`);
  await c.query(`CREATE INDEX ON bcs (cum)`);
  log('structures and communes', t0);

  await c.query(
    `CREATE TEMP TABLE bj AS SELECT gen_random_uuid() AS id, p.structure_id, p.lat, p.lon,
      1 + (random() * 2.2)::int AS nf, random() < 0.85 AS actif,
      now() - random() * interval '120 days' AS inscrit,
      (current_date - (16 * 365.25 + random() * 10 * 365.25)::int) AS naissance,
      (ARRAY[10, 15, 20, 20, 30, 30, 40, 50])[1 + floor(random() * 8)::int] AS rayon,
      random() < 0.3 AS permis,
      CASE WHEN random() < 0.2 THEN current_date + (random() * 60)::int END AS dispo,
      (ARRAY[0, 0, 0, 3, 3, 3, 4, 4, 5, 6])[1 + floor(random() * 10)::int] AS diplome,
      (ARRAY['CEJ', 'CEJ', 'CEJ', 'CEJ', 'CEJ', 'PACEA', 'PACEA', 'PACEA', 'PPAE', 'PPAE',
        'aucun', 'aucun', 'aucun', 'aucun', 'aucun', 'aucun', 'aucun', 'aucun', 'aucun', 'aucun'])[1 + floor(random() * 20)::int] AS programme,
      random() < 0.05 AS tps,
      CASE WHEN random() < 0.03 THEN datemultirange(daterange(current_date + 10, current_date + 40)) END AS indispo
    FROM (SELECT random() AS r FROM generate_series(1, $1)) g
    CROSS JOIN LATERAL (SELECT structure_id, lat, lon FROM bcs WHERE cum >= g.r ORDER BY cum LIMIT 1) p`,
    [s.jeunes],
  );
  log(`${s.jeunes} jeunes placed`, t0);
  await c.query(`INSERT INTO matching_jeunes (jeune_id, structure_id, version, actif, inscrit_at, updated_at)
    SELECT id, structure_id, 1, actif, inscrit, now() FROM bj`);
  // Building the search index once after the load is much faster than maintaining it row by row.
  const found = await c.query(
    `SELECT indexdef FROM pg_indexes WHERE indexname = 'IDX_matching_candidats_recherche'`,
  );
  const def = found.rows[0]?.indexdef ?? INDEX_RECHERCHE;
  await c.query(`DROP INDEX IF EXISTS "IDX_matching_candidats_recherche"`);
  await c.query(`INSERT INTO matching_candidats (jeune_id, fiche, rang, structure_id, lat, lon, rayon_km, permis_b,
      date_naissance, disponible_le, indisponibilites, niveau_diplome, experience_mois, programme,
      temps_partiel_seul, actif, propositions_ouvertes, attente_depuis)
    SELECT x.id, m.fiche, x.rang, x.structure_id, x.lat, x.lon, x.rayon, x.permis, x.naissance, x.dispo, x.indispo,
      x.diplome, CASE WHEN random() < 0.5 THEN 0 ELSE (1 + random() * 23)::int END, x.programme, x.tps, x.actif, 0, x.inscrit
    FROM (SELECT bj.*, k.rang, random() AS rf FROM bj, generate_series(1, bj.nf) AS k(rang)) x
    CROSS JOIN LATERAL (SELECT fiche FROM mix_jeunes WHERE cum >= x.rf ORDER BY cum LIMIT 1) m
    ON CONFLICT DO NOTHING`);
  log('wishes', t0);
  await c.query(def);
  log('search index built', t0);

  await c.query(
    `INSERT INTO offres (structure_id, entreprise_id, titre, code_rome, description, type_contrat,
      nature_contrat, duree_valeur, duree_unite, heures_hebdo, temps_partiel, travail_nuit, date_debut,
      commune_insee, lat, lon, nombre_postes, permis_b, niveau_diplome, experience, ouverte_mineurs,
      distance_max_km, candidats_souhaites, statut, version_criteres, publiee_at, last_activity_at,
      created_by_id, row_version)
    SELECT p.structure_id, e.id, 'Offre de banc d''essai', m.fiche, 'Banc d''essai', 'CDD', 'E1', 6, 'mois',
      CASE WHEN g.tp THEN 24 ELSE 35 END, g.tp, g.nuit, current_date + 5 + (random() * 40)::int,
      p.code_insee, p.lat, p.lon, 1, random() < 0.15,
      (ARRAY[NULL, NULL, NULL, NULL, NULL, NULL, '3', '3', '3', '4'])[1 + floor(random() * 10)::int],
      (ARRAY['D', 'D', 'D', 'D', 'D', 'D', 'S', 'S', 'S', 'E'])[1 + floor(random() * 10)::int],
      NOT g.nuit AND random() < 0.85, (ARRAY[20, 30, 30, 40])[1 + floor(random() * 4)::int], 2, 'publiee', 1,
      now(), now(), e.created_by_id, 1
    FROM (SELECT random() AS r, random() AS rf, random() < 0.1 AS tp, random() < 0.05 AS nuit
          FROM generate_series(1, $1)) g
    CROSS JOIN LATERAL (SELECT structure_id, code_insee, lat, lon FROM bcs WHERE cum >= g.r ORDER BY cum LIMIT 1) p
    CROSS JOIN LATERAL (SELECT fiche FROM mix_offres WHERE cum >= g.rf ORDER BY cum LIMIT 1) m
    JOIN LATERAL (SELECT id, created_by_id FROM entreprises WHERE structure_id = p.structure_id LIMIT 1) e ON true`,
    [s.offres],
  );
  log(`${s.offres} offers`, t0);
  // The naive baseline reads a structure's jeunes: it gets the index it would have.
  await c.query(
    `CREATE INDEX IF NOT EXISTS bench_candidats_structure ON matching_candidats (structure_id) WHERE actif`,
  );
  await c.query(`VACUUM ANALYZE matching_candidats`);
  await c.query(`VACUUM ANALYZE matching_jeunes`);
  await c.query(`ANALYZE offres`);
  log('vacuum, analyze', t0);
}

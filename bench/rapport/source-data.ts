import { DataSource } from 'typeorm';

export interface Tailles {
  structures: number;
  offres: number;
  mer: number;
  pmsmp: number;
  messages: number;
}

/** Deterministic ids: structure s, offer o of s… */
export const sid = (s: number) => `md5('s' || ${s})::uuid`;

/**
 * A national year written straight into the modules' tables (and the PMSMP facts, whose module
 * is not there yet), set-based. A throwaway database: its foreign keys are dropped first.
 */
export async function genererSources(ds: DataSource, t: Tailles): Promise<void> {
  await ds.query(`DO $$ DECLARE r record; BEGIN
    FOR r IN SELECT conrelid::regclass AS tbl, conname FROM pg_constraint WHERE contype = 'f' LOOP
      EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.tbl, r.conname);
    END LOOP; END $$`);
  const S = t.structures;
  await ds.query(
    `INSERT INTO offres (id, structure_id, entreprise_id, titre, code_rome, description,
       type_contrat, nature_contrat, heures_hebdo, temps_partiel, date_debut, commune_insee,
       nombre_postes, experience, distance_max_km, statut, last_activity_at, created_by_id,
       row_version, created_at, publiee_at)
     SELECT md5('o' || s || '-' || o)::uuid, md5('s' || s)::uuid, md5('e' || s || '-' || (o % 112))::uuid,
       'Offre', substr('ABCDEFGHIJKLMN', 1 + o % 14, 1) || '1101', 'd',
       CASE WHEN o % 5 = 0 THEN 'CDI' ELSE 'CDD' END, 'E1', 35, false, '2025-06-01', '59350', 1, 'D', 30,
       (CASE WHEN o % 10 < 7 THEN 'pourvue' WHEN o % 10 < 9 THEN 'expiree' ELSE 'publiee' END)::offre_statut,
       now(), md5('u' || s)::uuid, 1, d, d + interval '1 day'
     FROM generate_series(1, $1) s, generate_series(1, $2) o,
       LATERAL (SELECT timestamptz '2025-01-01 09:00+01' + ((o * 2) % 330) * interval '1 day' AS d) x`,
    [S, t.offres],
  );
  await ds.query(
    `INSERT INTO offre_transitions (offre_id, action, from_statut, to_statut, by_role, by_user_id, at)
     SELECT o.id, a.action, a.f::offre_statut, a.t::offre_statut, 'cre', o.created_by_id, o.created_at + a.dt
     FROM offres o, LATERAL (VALUES ('creation', NULL, 'brouillon', interval '0'),
       ('publier', 'brouillon', 'publiee', interval '1 day'),
       ('fin', 'publiee', o.statut::text, CASE WHEN o.statut = 'pourvue' THEN interval '25 days' ELSE interval '61 days' END)
     ) a(action, f, t, dt)
     WHERE a.t <> 'publiee' OR a.action = 'publier'`,
  );
  await ds.query(
    `INSERT INTO mises_en_relation (id, proposition_id, offre_id, jeune_id, entreprise_id, structure_id,
       jeune_structure_id, statut, statut_at, score, raisons, detail, origine, created_at, updated_at, cre_id, contrat)
     SELECT md5('m' || s || '-' || m)::uuid, gen_random_uuid(), o.id,
       md5('j' || s || '-' || (m % 300))::uuid, o.entreprise_id, o.structure_id, o.structure_id,
       (CASE m % 3 WHEN 0 THEN 'recrutee' WHEN 1 THEN 'non_retenue' ELSE 'sans_reponse_employeur' END)::mer_statut,
       o.created_at + interval '20 days', 50, '{}', '{}', 'matching', o.created_at + interval '3 days',
       now(), o.created_by_id,
       CASE WHEN m % 3 = 0 THEN jsonb_build_object('typeContrat', o.type_contrat) END
     FROM generate_series(1, $1) s, generate_series(1, $2) m, offres o
     WHERE o.id = md5('o' || s || '-' || (1 + m % $3))::uuid`,
    [S, t.mer, t.offres],
  );
  await ds.query(
    `INSERT INTO mer_transitions (mer_id, action, from_statut, to_statut, by_role, motif_code, details, at)
     SELECT m.id, a.action, a.f::mer_statut, a.t::mer_statut, 'system',
       CASE WHEN a.t = 'non_retenue' THEN 'profil' END,
       CASE WHEN a.t = 'recrutee' THEN jsonb_build_object('contrat', m.contrat) END,
       m.created_at + a.dt
     FROM mises_en_relation m, LATERAL (VALUES ('creation', NULL, 'proposee', interval '0'),
       ('retenir', 'proposee', 'retenue', interval '1 day'),
       ('accepter', 'retenue', 'acceptee_jeune', interval '2 days'),
       ('transmettre', 'acceptee_jeune', 'transmise_employeur', interval '3 days'),
       ('issue', 'transmise_employeur', m.statut::text, interval '10 days')) a(action, f, t, dt)`,
  );
  await ds.query(
    `INSERT INTO messages (structure_id, event, template, canal, destinataire_type, destinataire_id,
       data, statut, idempotency_key, content_key, created_at, sent_at, delivered_at, failed_at)
     SELECT md5('s' || s)::uuid, 'bench', 'bench', c.canal::message_canal, 'jeune',
       md5('j' || s || '-' || (g % 300))::uuid, '{}',
       (CASE WHEN g % 20 = 0 THEN 'echec' WHEN c.canal = 'sms' AND g % 3 <> 1 THEN 'delivre' ELSE 'envoye' END)::message_statut,
       s || '-' || g, 'k', d, CASE WHEN g % 40 <> 0 THEN d END,
       CASE WHEN c.canal = 'sms' AND g % 3 <> 1 AND g % 20 <> 0 THEN d + interval '1 minute' END,
       CASE WHEN g % 20 = 0 THEN d + interval '2 minutes' END
     FROM generate_series(1, $1) s, generate_series(1, $2) g,
       LATERAL (SELECT CASE WHEN g % 3 = 0 THEN 'sms' ELSE 'email' END AS canal,
         timestamptz '2025-01-01 08:00+01' + (g % 364) * interval '1 day' + (g % 600) * interval '1 minute' AS d) c`,
    [S, t.messages],
  );
  // PMSMP: no module yet, facts as its events would make them (validated, bilan, 3 situations).
  await ds.query(
    `INSERT INTO pilotage_faits (source, structure_id, nature, occurred_at, sujet_id, jeune_id,
       to_statut, objectif, motif, echeance, en_emploi)
     SELECT f.nature || ':' || s || '-' || p || ':' || coalesce(f.ech, 0), md5('s' || s)::uuid, f.nature,
       d + f.dt, md5('p' || s || '-' || p)::uuid, md5('j' || s || '-' || (p % 300))::uuid,
       CASE WHEN f.nature = 'pmsmp' THEN 'validee' END,
       (ARRAY['decouvrir', 'confirmer', 'recruter'])[1 + p % 3],
       CASE WHEN f.nature = 'pmsmp_bilan' THEN 'realisee' END, f.ech,
       CASE WHEN f.ech IS NOT NULL THEN (p % 100) < CASE f.ech WHEN 15 THEN 14 WHEN 30 THEN 24 ELSE 41 END END
     FROM generate_series(1, $1) s, generate_series(1, $2) p,
       LATERAL (SELECT timestamptz '2025-01-01 09:00+01' + (p % 300) * interval '1 day' AS d) x,
       LATERAL (VALUES ('pmsmp', NULL::int, interval '0'), ('pmsmp_bilan', NULL, interval '30 days'),
         ('pmsmp_situation', 15, interval '45 days'), ('pmsmp_situation', 30, interval '60 days'),
         ('pmsmp_situation', 90, interval '120 days')) f(nature, ech, dt)`,
    [S, t.pmsmp],
  );
  // …and their daily counters, as FaitsService keeps them.
  await ds.query(
    `INSERT INTO pilotage_compteurs (structure_id, nature, jour, cle, n)
     SELECT structure_id, nature, (occurred_at AT TIME ZONE 'Europe/Paris')::date,
       CASE nature WHEN 'pmsmp' THEN objectif WHEN 'pmsmp_bilan' THEN motif
         ELSE echeance || ':' || CASE WHEN en_emploi THEN 1 ELSE 0 END END, count(*)
     FROM pilotage_faits WHERE nature LIKE 'pmsmp%' GROUP BY 1, 2, 3, 4`,
  );
  await ds.query(
    `INSERT INTO pilotage_adhesions (structure_id, departement, region, par_user_id, adhere_at)
     SELECT md5('s' || s)::uuid, lpad((1 + s % 95)::text, 2, '0'), (ARRAY['11','24','27','28','32','44','52','53','75','76','84','93','94'])[1 + s % 13],
       md5('u' || s)::uuid, now()
     FROM generate_series(1, $1) s`,
    [S],
  );
  // Index-only scans need the visibility map (autovacuum keeps it in production).
  await ds.query('VACUUM ANALYZE');
}

/**
 * `--faits sql`: the read model written set-based from the same tables, as the rebuild would
 * write it (same sources, dimensions, counters), for national sizes where the rebuild's own
 * throughput (measured on smaller runs) would take most of an hour.
 */
export async function faitsParSql(ds: DataSource): Promise<void> {
  const PARIS = `(occurred_at AT TIME ZONE 'Europe/Paris')::date`;
  await ds.query(
    `INSERT INTO pilotage_faits (source, structure_id, nature, occurred_at, sujet_id, offre_id,
       entreprise_id, cre_id, action, from_statut, to_statut, domaine, contrat)
     SELECT 'offre:' || t.id, o.structure_id, 'offre', t.at, o.id, o.id, o.entreprise_id,
       t.by_user_id, t.action, t.from_statut, t.to_statut, left(o.code_rome, 1), o.type_contrat
     FROM offre_transitions t JOIN offres o ON o.id = t.offre_id`,
  );
  await ds.query(
    `INSERT INTO pilotage_offres (offre_id, structure_id, entreprise_id, domaine, type_contrat,
       cre_id, dims_at, publiee_at)
     SELECT o.id, o.structure_id, o.entreprise_id, left(o.code_rome, 1), o.type_contrat,
       p.by_user_id, coalesce(p.at, o.created_at), p.at
     FROM offres o LEFT JOIN LATERAL (SELECT t.at, t.by_user_id FROM offre_transitions t
       WHERE t.offre_id = o.id AND t.to_statut = 'publiee' ORDER BY t.at LIMIT 1) p ON true`,
  );
  await ds.query(
    `INSERT INTO pilotage_faits (source, structure_id, nature, occurred_at, sujet_id, offre_id,
       jeune_id, cre_id, action, from_statut, to_statut, contrat, motif)
     SELECT 'mer:' || t.id, m.structure_id, 'mer', t.at, m.id, m.offre_id, m.jeune_id, m.cre_id,
       t.action, t.from_statut, t.to_statut, t.details -> 'contrat' ->> 'typeContrat', t.motif_code
     FROM mer_transitions t JOIN mises_en_relation m ON m.id = t.mer_id`,
  );
  await ds.query(
    `INSERT INTO pilotage_faits (source, structure_id, nature, occurred_at, sujet_id, jeune_id,
       action, to_statut, canal)
     SELECT 'message:' || m.id || ':' || m.round || ':' || s.statut, m.structure_id, 'message', s.at,
       m.id, CASE WHEN m.destinataire_type = 'jeune' THEN m.destinataire_id END,
       m.destinataire_type, s.statut, m.canal
     FROM messages m, LATERAL (VALUES ('envoye', m.sent_at), ('delivre', m.delivered_at),
       ('echec', m.failed_at)) s(statut, at)
     WHERE s.at IS NOT NULL`,
  );
  await ds.query(
    `INSERT INTO pilotage_compteurs (structure_id, nature, jour, cle, n)
     SELECT structure_id, 'message', ${PARIS}, canal || ':' || to_statut, count(*)
     FROM pilotage_faits WHERE nature = 'message' AND action = 'jeune' GROUP BY 1, 2, 3, 4`,
  );
  await ds.query(
    `INSERT INTO pilotage_contacts (structure_id, canal, jeune_id, jour)
     SELECT DISTINCT structure_id, x.canal, jeune_id, ${PARIS} FROM pilotage_faits,
       LATERAL (VALUES (canal), ('*')) AS x(canal)
     WHERE nature = 'message' AND to_statut = 'envoye' AND jeune_id IS NOT NULL`,
  );
  // Index-only scans need the visibility map (autovacuum keeps it in production).
  await ds.query('VACUUM ANALYZE');
}

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
 * A national year written straight into the modules' tables, set-based (INSERT … SELECT over
 * generate_series), figures by construction from the ranks. A throwaway database: its foreign keys are dropped first.
 */
export async function genererSources(ds: DataSource, t: Tailles): Promise<void> {
  await ds.query(`DO $$ DECLARE r record; BEGIN
    FOR r IN SELECT conrelid::regclass AS tbl, conname FROM pg_constraint WHERE contype = 'f' LOOP
      EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.tbl, r.conname);
    END LOOP; END $$`);
  // Bulk load: the secondary indexes are dropped, then built once at the end (a sort each,
  // rather than millions of random inserts into each of them: most of the old hour).
  const index: { def: string; name: string }[] = await ds.query(
    `SELECT pg_get_indexdef(i.indexrelid) AS def, c.relname AS name FROM pg_index i
     JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`,
  );
  for (const { name } of index) await ds.query(`DROP INDEX "${name}"`);
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
  // PMSMP in the module's shape: agreements (validated on d + 2, objective by rank), their log as
  // the lifecycle writes it, the tutor's assessment on d + 30, the situations at +15 d / +1 m / +3 m
  // (in employment for the first 14 / 24 / 41 ranks of each hundred).
  await ds.query(
    `INSERT INTO pmsmp_conventions (id, structure_id, jeune_id, siret, objectif, date_debut, date_fin,
       statut, statut_at, contenu, contenu_sha256, minutes_total, created_by, bilan, bilan_at,
       created_at, updated_at)
     SELECT md5('p' || s || '-' || p)::uuid, md5('s' || s)::uuid, md5('j' || s || '-' || (p % 300))::uuid,
       lpad((s * 1000 + p % 112)::text, 14, '0'),
       (ARRAY['decouvrir_metier', 'confirmer_projet', 'initier_recrutement'])[1 + p % 3],
       (d + interval '7 days')::date, (d + interval '18 days')::date, 'validee', d + interval '2 days',
       '{}', repeat('0', 64), 4200, md5('u' || s)::uuid,
       jsonb_build_object('realisation', CASE WHEN p % 10 < 6 THEN 'realise' WHEN p % 10 < 9
         THEN 'partiel' ELSE 'non_realise' END, 'heuresAbsence', 0, 'competencesObservees', 'x',
         'embauche', false, 'typeContrat', NULL, 'commentaire', NULL),
       d + interval '30 days', d, d + interval '30 days'
     FROM generate_series(1, $1) s, generate_series(1, $2) p,
       LATERAL (SELECT timestamptz '2025-01-01 09:00+01' + (p % 300) * interval '1 day' AS d) x`,
    [S, t.pmsmp],
  );
  await ds.query(
    `INSERT INTO pmsmp_transitions (convention_id, action, from_statut, to_statut, by_user_id, by_role, at)
     SELECT c.id, a.action, a.f::pmsmp_statut, a.t::pmsmp_statut, c.created_by, 'conseiller', c.created_at + a.dt
     FROM pmsmp_conventions c, LATERAL (VALUES ('creation', NULL, 'brouillon', interval '0'),
       ('envoyer', 'brouillon', 'a_signer', interval '1 hour'),
       ('signer', 'a_signer', 'signee', interval '1 day'),
       ('valider', 'signee', 'validee', interval '2 days'),
       ('bilan', 'validee', 'validee', interval '30 days')) a(action, f, t, dt)`,
  );
  await ds.query(
    `INSERT INTO pmsmp_suivis (convention_id, structure_id, echeance, due_on, sent_at, situation,
       source, answered_at)
     SELECT md5('p' || s || '-' || p)::uuid, md5('s' || s)::uuid, e.ech, (d + e.dt)::date, d + e.dt,
       CASE WHEN p % 100 < e.part THEN 'emploi' ELSE 'recherche' END, 'lien', d + e.dt
     FROM generate_series(1, $1) s, generate_series(1, $2) p,
       LATERAL (SELECT timestamptz '2025-01-01 09:00+01' + (p % 300) * interval '1 day' AS d) x,
       LATERAL (VALUES ('j15', interval '45 days', 14), ('m1', interval '60 days', 24),
         ('m3', interval '120 days', 41)) e(ech, dt, part)`,
    [S, t.pmsmp],
  );
  await ds.query(
    `INSERT INTO pilotage_adhesions (structure_id, departement, region, par_user_id, adhere_at)
     SELECT md5('s' || s)::uuid, lpad((1 + s % 95)::text, 2, '0'), (ARRAY['11','24','27','28','32','44','52','53','75','76','84','93','94'])[1 + s % 13],
       md5('u' || s)::uuid, now()
     FROM generate_series(1, $1) s`,
    [S],
  );
  await ds.query(`SET maintenance_work_mem = '256MB'`);
  for (const { def } of index) await ds.query(def);
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
  // The objective in the report's words (OBJECTIF_FAIT).
  const OBJ = `CASE c.objectif WHEN 'decouvrir_metier' THEN 'decouvrir'
    WHEN 'confirmer_projet' THEN 'confirmer' ELSE 'recruter' END`;
  await ds.query(
    `INSERT INTO pilotage_faits (source, structure_id, nature, occurred_at, sujet_id, jeune_id,
       from_statut, to_statut, objectif)
     SELECT 'pmsmp:' || t.id, c.structure_id, 'pmsmp', t.at, c.id, c.jeune_id, t.from_statut,
       t.to_statut, ${OBJ}
     FROM pmsmp_transitions t JOIN pmsmp_conventions c ON c.id = t.convention_id`,
  );
  await ds.query(
    `INSERT INTO pilotage_faits (source, structure_id, nature, occurred_at, sujet_id, objectif, motif)
     SELECT 'pmsmp-bilan:' || c.id, c.structure_id, 'pmsmp_bilan', c.bilan_at, c.id, ${OBJ},
       CASE c.bilan ->> 'realisation' WHEN 'realise' THEN 'realisee' WHEN 'partiel' THEN 'partielle'
         ELSE 'non_realisee' END
     FROM pmsmp_conventions c WHERE c.bilan_at IS NOT NULL`,
  );
  await ds.query(
    `INSERT INTO pilotage_faits (source, structure_id, nature, occurred_at, sujet_id, jeune_id,
       objectif, echeance, en_emploi)
     SELECT 'pmsmp-situation:' || c.id || ':' || e.j, c.structure_id, 'pmsmp_situation', s.answered_at,
       c.id, c.jeune_id, ${OBJ}, e.j, s.situation = 'emploi'
     FROM pmsmp_suivis s JOIN pmsmp_conventions c ON c.id = s.convention_id,
       LATERAL (SELECT CASE s.echeance WHEN 'j15' THEN 15 WHEN 'm1' THEN 30 ELSE 90 END AS j) e
     WHERE s.situation IS NOT NULL`,
  );
  await ds.query(
    `INSERT INTO pilotage_compteurs (structure_id, nature, jour, cle, n)
     SELECT structure_id, nature, ${PARIS},
       CASE nature WHEN 'pmsmp' THEN objectif WHEN 'pmsmp_bilan' THEN motif
         ELSE echeance || ':' || CASE WHEN en_emploi THEN 1 ELSE 0 END END, count(*)
     FROM pilotage_faits WHERE nature LIKE 'pmsmp%'
       AND (nature <> 'pmsmp' OR (to_statut = 'validee' AND from_statut IS DISTINCT FROM 'validee'))
     GROUP BY 1, 2, 3, 4`,
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

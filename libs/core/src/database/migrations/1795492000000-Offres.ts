import { MigrationInterface, QueryRunner } from 'typeorm';

/** The transactional outbox, offers and their log. */
export class Offres1795492000000 implements MigrationInterface {
  name = 'Offres1795492000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "outbox_events" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "type" character varying(100) NOT NULL,
        "aggregate_id" uuid NOT NULL,
        "payload" jsonb NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "published_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_outbox_events" PRIMARY KEY ("id")
      )`);
    // The relay reads only what is not yet published: a small partial index stays small.
    await q.query(
      `CREATE INDEX "IDX_outbox_events_unpublished" ON "outbox_events" ("created_at") WHERE "published_at" IS NULL`,
    );
    await q.query(
      `CREATE TYPE "offre_statut" AS ENUM('brouillon', 'a_valider', 'publiee', 'pourvue', 'cloturee', 'expiree')`,
    );
    await q.query(`CREATE TYPE "offre_motif_cloture" AS ENUM(
      'pourvue_ailleurs', 'annulee_employeur', 'besoin_disparu', 'entreprise_injoignable', 'autre')`);
    await q.query(`
      CREATE TABLE "offres" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "structure_id" uuid NOT NULL,
        "entreprise_id" uuid NOT NULL,
        "titre" character varying(200) NOT NULL,
        "code_rome" character(5) NOT NULL,
        "code_appellation" character varying(10),
        "description" text NOT NULL,
        "type_contrat" character varying(3) NOT NULL,
        "nature_contrat" character varying(2) NOT NULL,
        "duree_valeur" smallint,
        "duree_unite" character varying(8),
        "heures_hebdo" numeric(4,1) NOT NULL,
        "temps_partiel" boolean NOT NULL,
        "horaires" text,
        "travail_nuit" boolean NOT NULL DEFAULT false,
        "travail_weekend" boolean NOT NULL DEFAULT false,
        "salaire_montant" numeric(9,2),
        "salaire_unite" character varying(8),
        "date_debut" date NOT NULL,
        "commune_insee" character varying(5) NOT NULL,
        "lat" double precision,
        "lon" double precision,
        "nombre_postes" smallint NOT NULL,
        "permis_b" boolean NOT NULL DEFAULT false,
        "niveau_diplome" character varying(7),
        "experience" character(1) NOT NULL,
        "ouverte_mineurs" boolean NOT NULL DEFAULT true,
        "distance_max_km" smallint NOT NULL,
        "candidats_souhaites" smallint NOT NULL DEFAULT 2,
        "statut" "offre_statut" NOT NULL DEFAULT 'brouillon',
        "motif_cloture" "offre_motif_cloture",
        "version_criteres" integer NOT NULL DEFAULT 1,
        "publiee_at" TIMESTAMP WITH TIME ZONE,
        "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "expiry_reminder_sent_at" TIMESTAMP WITH TIME ZONE,
        "created_by_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "row_version" integer NOT NULL,
        CONSTRAINT "PK_offres" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_offres_heures" CHECK ("heures_hebdo" > 0 AND "heures_hebdo" <= 48),
        CONSTRAINT "CHK_offres_postes" CHECK ("nombre_postes" >= 1),
        CONSTRAINT "FK_offres_structure" FOREIGN KEY ("structure_id") REFERENCES "structures"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_offres_entreprise" FOREIGN KEY ("entreprise_id") REFERENCES "entreprises"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_offres_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT
      )`);
    await q.query(
      `CREATE INDEX "IDX_offres_structure_statut" ON "offres" ("structure_id", "statut")`,
    );
    await q.query(`CREATE INDEX "IDX_offres_entreprise" ON "offres" ("entreprise_id")`);
    await q.query(
      `CREATE INDEX "IDX_offres_expiry" ON "offres" ("last_activity_at") WHERE "statut" = 'publiee'`,
    );
    await q.query(`
      CREATE TABLE "offre_transitions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "offre_id" uuid NOT NULL,
        "action" character varying(20) NOT NULL,
        "from_statut" "offre_statut",
        "to_statut" "offre_statut" NOT NULL,
        "by_user_id" uuid,
        "by_role" character varying(16) NOT NULL,
        "motif" text,
        "changes" jsonb,
        "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_offre_transitions" PRIMARY KEY ("id"),
        CONSTRAINT "FK_offre_transitions_offre" FOREIGN KEY ("offre_id") REFERENCES "offres"("id") ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE INDEX "IDX_offre_transitions_offre" ON "offre_transitions" ("offre_id", "at")`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "offre_transitions"`);
    await q.query(`DROP TABLE "offres"`);
    await q.query(`DROP TYPE "offre_motif_cloture"`);
    await q.query(`DROP TYPE "offre_statut"`);
    await q.query(`DROP TABLE "outbox_events"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/** Jeunes: profiles, consent history, status log, audit trail. */
export class Jeunes1795493000000 implements MigrationInterface {
  name = 'Jeunes1795493000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TYPE "jeune_statut" AS ENUM('actif', 'en_emploi', 'en_formation', 'sorti')`,
    );
    await q.query(`CREATE TYPE "jeune_programme" AS ENUM('CEJ', 'PACEA', 'PPAE', 'aucun')`);
    await q.query(`
      CREATE TABLE "jeunes" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "structure_id" uuid NOT NULL,
        "id_externe" character varying(64),
        "nom" character varying(100),
        "prenom" character varying(100),
        "date_naissance" date,
        "annee_naissance" smallint NOT NULL,
        "email" character varying(254),
        "telephone" character varying(16),
        "telephone_mobile" boolean NOT NULL DEFAULT false,
        "adresse" character varying(200),
        "code_postal" character varying(5),
        "commune_insee" character varying(5),
        "commune_nom" character varying(100),
        "departement" character varying(3),
        "lat" double precision,
        "lon" double precision,
        "consent_email" boolean NOT NULL DEFAULT false,
        "consent_email_at" TIMESTAMP WITH TIME ZONE,
        "consent_email_source" character varying(12),
        "consent_sms" boolean NOT NULL DEFAULT false,
        "consent_sms_at" TIMESTAMP WITH TIME ZONE,
        "consent_sms_source" character varying(12),
        "fiches_rome" character(5) array NOT NULL DEFAULT '{}',
        "experiences" jsonb NOT NULL DEFAULT '[]',
        "niveau_diplome" character varying(7),
        "rayon_mobilite_km" smallint NOT NULL DEFAULT 10,
        "permis_b" boolean NOT NULL DEFAULT false,
        "vehicule" boolean NOT NULL DEFAULT false,
        "transports_commun" boolean NOT NULL DEFAULT false,
        "disponible_le" date,
        "temps_partiel_uniquement" boolean NOT NULL DEFAULT false,
        "indisponibilites" jsonb NOT NULL DEFAULT '[]',
        "programme" "jeune_programme" NOT NULL DEFAULT 'aucun',
        "programme_debut" date,
        "programme_fin" date,
        "conseiller_id" uuid,
        "statut" "jeune_statut" NOT NULL DEFAULT 'actif',
        "notes" text,
        "version" integer NOT NULL DEFAULT 1,
        "derniere_activite_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "anonymise_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "row_version" integer NOT NULL,
        CONSTRAINT "PK_jeunes" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_jeunes_fiches_rome" CHECK (cardinality("fiches_rome") <= 5),
        CONSTRAINT "CHK_jeunes_email_lowercase" CHECK ("email" = lower("email")),
        CONSTRAINT "CHK_jeunes_coordonnees" CHECK (("lat" IS NULL) = ("lon" IS NULL)),
        CONSTRAINT "CHK_jeunes_identite" CHECK ("anonymise_at" IS NOT NULL OR "date_naissance" IS NOT NULL),
        CONSTRAINT "FK_jeunes_structure" FOREIGN KEY ("structure_id") REFERENCES "structures"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_jeunes_conseiller" FOREIGN KEY ("conseiller_id") REFERENCES "users"("id") ON DELETE SET NULL
      )`);
    await q.query(
      `CREATE INDEX "IDX_jeunes_structure_statut" ON "jeunes" ("structure_id", "statut")`,
    );
    await q.query(`CREATE INDEX "IDX_jeunes_conseiller" ON "jeunes" ("conseiller_id")`);
    // findIdsByMobile (an SMS answer): only mobiles get SMS, so only they are indexed.
    await q.query(
      `CREATE INDEX "IDX_jeunes_telephone" ON "jeunes" ("telephone") WHERE "telephone_mobile"`,
    );
    // "Wants this fiche": fiches_rome @> ARRAY[…] uses it.
    await q.query(`CREATE INDEX "IDX_jeunes_fiches_rome" ON "jeunes" USING gin ("fiches_rome")`);
    await q.query(
      `CREATE INDEX "IDX_jeunes_retention" ON "jeunes" ("derniere_activite_at") WHERE "anonymise_at" IS NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_jeunes_structure_id_externe" ON "jeunes" ("structure_id", "id_externe") WHERE "id_externe" IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE "jeune_consentements" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "jeune_id" uuid NOT NULL,
        "canal" character varying(5) NOT NULL,
        "donne" boolean NOT NULL,
        "source" character varying(12) NOT NULL,
        "by_user_id" uuid,
        "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_jeune_consentements" PRIMARY KEY ("id"),
        CONSTRAINT "FK_jeune_consentements_jeune" FOREIGN KEY ("jeune_id") REFERENCES "jeunes"("id") ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE INDEX "IDX_jeune_consentements_jeune" ON "jeune_consentements" ("jeune_id", "at")`,
    );
    await q.query(`
      CREATE TABLE "jeune_statut_transitions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "jeune_id" uuid NOT NULL,
        "from_statut" "jeune_statut",
        "to_statut" "jeune_statut" NOT NULL,
        "by_user_id" uuid,
        "by_role" character varying(16) NOT NULL,
        "motif" text,
        "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT "PK_jeune_statut_transitions" PRIMARY KEY ("id"),
        CONSTRAINT "FK_jeune_statut_transitions_jeune" FOREIGN KEY ("jeune_id") REFERENCES "jeunes"("id") ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE INDEX "IDX_jeune_statut_transitions_jeune" ON "jeune_statut_transitions" ("jeune_id", "at")`,
    );
    await q.query(`
      CREATE TABLE "jeune_audit" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "jeune_id" uuid NOT NULL,
        "structure_id" uuid NOT NULL,
        "actor_user_id" uuid,
        "actor_role" character varying(16) NOT NULL,
        "action" character varying(24) NOT NULL,
        "champs" character varying(40) array NOT NULL DEFAULT '{}',
        "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT "PK_jeune_audit" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "IDX_jeune_audit_jeune" ON "jeune_audit" ("jeune_id", "at")`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "jeune_audit"`);
    await q.query(`DROP TABLE "jeune_statut_transitions"`);
    await q.query(`DROP TABLE "jeune_consentements"`);
    await q.query(`DROP TABLE "jeunes"`);
    await q.query(`DROP TYPE "jeune_programme"`);
    await q.query(`DROP TYPE "jeune_statut"`);
  }
}

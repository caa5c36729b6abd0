import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PMSMP agreements (Cerfa 13912*04): the agreement (its content as one JSON document), its log,
 * its signatures (one live per signatory), its PDFs (one per state shown), the
 * situation checks after the end (+15 d, +1 m, +3 m).
 */
export class Pmsmp1795502000000 implements MigrationInterface {
  name = 'Pmsmp1795502000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE "pmsmp_statut" AS ENUM('brouillon', 'a_signer',
      'partiellement_signee', 'signee', 'validee', 'refusee', 'annulee')`);
    await q.query(`
      CREATE TABLE "pmsmp_conventions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "structure_id" uuid NOT NULL,
        "jeune_id" uuid NOT NULL,
        "entreprise_id" uuid,
        "offre_id" uuid,
        "mer_id" uuid,
        "renouvellement_de_id" uuid,
        "siret" character(14) NOT NULL,
        "objectif" character varying(30) NOT NULL,
        "date_debut" date NOT NULL,
        "date_fin" date NOT NULL,
        "statut" "pmsmp_statut" NOT NULL DEFAULT 'brouillon',
        "statut_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "contenu" jsonb NOT NULL,
        "version" integer NOT NULL DEFAULT 1,
        "contenu_sha256" character(64) NOT NULL,
        "avertissements" jsonb NOT NULL DEFAULT '[]',
        "minutes_total" integer NOT NULL,
        "created_by" uuid NOT NULL,
        "motif_refus" text,
        "validee_conseiller_par" uuid,
        "validee_conseiller_at" TIMESTAMP WITH TIME ZONE,
        "relances" smallint NOT NULL DEFAULT 0,
        "liens_envoyes_at" TIMESTAMP WITH TIME ZONE,
        "pdf_version" integer,
        "bilan" jsonb,
        "bilan_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_pmsmp_conventions" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_pmsmp_conventions_renouvellement" UNIQUE ("renouvellement_de_id"),
        CONSTRAINT "FK_pmsmp_conventions_renouvellement" FOREIGN KEY ("renouvellement_de_id")
          REFERENCES "pmsmp_conventions"("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX "IDX_pmsmp_conventions_structure_statut"
      ON "pmsmp_conventions" ("structure_id", "statut", "statut_at")`);
    await q.query(`CREATE INDEX "IDX_pmsmp_conventions_jeune_siret"
      ON "pmsmp_conventions" ("jeune_id", "siret", "date_debut")`);
    await q.query(`CREATE INDEX "IDX_pmsmp_conventions_fin" ON "pmsmp_conventions" ("date_fin")`);
    await q.query(`
      CREATE TABLE "pmsmp_transitions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "convention_id" uuid NOT NULL,
        "action" character varying(30) NOT NULL,
        "from_statut" "pmsmp_statut",
        "to_statut" "pmsmp_statut" NOT NULL,
        "by_user_id" uuid,
        "by_role" character varying(30) NOT NULL,
        "motif" text,
        "details" jsonb,
        "at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_pmsmp_transitions" PRIMARY KEY ("id"),
        CONSTRAINT "FK_pmsmp_transitions_convention" FOREIGN KEY ("convention_id")
          REFERENCES "pmsmp_conventions"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "IDX_pmsmp_transitions_convention"
      ON "pmsmp_transitions" ("convention_id", "at")`);
    await q.query(`
      CREATE TABLE "pmsmp_signatures" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "convention_id" uuid NOT NULL,
        "signataire" character varying(20) NOT NULL,
        "nom" character varying(210) NOT NULL,
        "email" character varying(254) NOT NULL,
        "version" integer NOT NULL,
        "contenu_sha256" character(64) NOT NULL,
        "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "ip" character varying(45) NOT NULL,
        "user_agent" character varying(500) NOT NULL,
        "retiree_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_pmsmp_signatures" PRIMARY KEY ("id"),
        CONSTRAINT "FK_pmsmp_signatures_convention" FOREIGN KEY ("convention_id")
          REFERENCES "pmsmp_conventions"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_pmsmp_signatures_vivante"
      ON "pmsmp_signatures" ("convention_id", "signataire") WHERE "retiree_at" IS NULL`);
    await q.query(`
      CREATE TABLE "pmsmp_pdfs" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "convention_id" uuid NOT NULL,
        "version" integer NOT NULL,
        "etat" character varying(60) NOT NULL,
        "sha256" character(64) NOT NULL,
        "contenu" bytea NOT NULL,
        "taille" integer NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_pmsmp_pdfs" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_pmsmp_pdfs_convention_etat" UNIQUE ("convention_id", "etat"),
        CONSTRAINT "FK_pmsmp_pdfs_convention" FOREIGN KEY ("convention_id")
          REFERENCES "pmsmp_conventions"("id") ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE "pmsmp_suivis" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "convention_id" uuid NOT NULL,
        "structure_id" uuid NOT NULL,
        "echeance" character varying(3) NOT NULL,
        "due_on" date NOT NULL,
        "sent_at" TIMESTAMP WITH TIME ZONE,
        "situation" character varying(12),
        "source" character varying(12),
        "answered_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_pmsmp_suivis" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_pmsmp_suivis_convention_echeance" UNIQUE ("convention_id", "echeance"),
        CONSTRAINT "FK_pmsmp_suivis_convention" FOREIGN KEY ("convention_id")
          REFERENCES "pmsmp_conventions"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "IDX_pmsmp_suivis_a_envoyer" ON "pmsmp_suivis" ("due_on")
      WHERE "sent_at" IS NULL`);
    await q.query(`
      CREATE TABLE "pmsmp_parametres" (
        "structure_id" uuid NOT NULL,
        "validation_deux_etapes" boolean NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "updated_by" uuid NOT NULL,
        CONSTRAINT "PK_pmsmp_parametres" PRIMARY KEY ("structure_id")
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "pmsmp_parametres"`);
    await q.query(`DROP TABLE "pmsmp_suivis"`);
    await q.query(`DROP TABLE "pmsmp_pdfs"`);
    await q.query(`DROP TABLE "pmsmp_signatures"`);
    await q.query(`DROP TABLE "pmsmp_transitions"`);
    await q.query(`DROP TABLE "pmsmp_conventions"`);
    await q.query(`DROP TYPE "pmsmp_statut"`);
  }
}

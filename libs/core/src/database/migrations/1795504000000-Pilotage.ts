import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The yearly report's read model (libs/pilotage): one fact per domain event (unique on its source,
 * so a replay counts once), the offers' dimensions frozen at publication, daily counters of the
 * many small facts (messages, PMSMP) and the jeunes contacted per day, and the structures that
 * agreed to share their figures with the network.
 */
export class Pilotage1795504000000 implements MigrationInterface {
  name = 'Pilotage1795504000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "pilotage_faits" (
        "id" BIGSERIAL NOT NULL,
        "source" character varying(120) NOT NULL,
        "structure_id" uuid NOT NULL,
        "nature" character varying(20) NOT NULL,
        "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "sujet_id" uuid NOT NULL,
        "offre_id" uuid,
        "jeune_id" uuid,
        "entreprise_id" uuid,
        "cre_id" uuid,
        "action" character varying(30),
        "from_statut" character varying(30),
        "to_statut" character varying(30),
        "domaine" character(1),
        "contrat" character varying(3),
        "motif" character varying(40),
        "canal" character varying(5),
        "objectif" character varying(12),
        "echeance" smallint,
        "en_emploi" boolean,
        "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_pilotage_faits" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_pilotage_faits_source" UNIQUE ("source")
      )`);
    // What the report scans, in the index itself (index-only scans: a structure's facts are
    // together, not spread over the heap between its messages); messages and PMSMP are counted.
    await q.query(`CREATE INDEX "IDX_pilotage_faits_lecture"
      ON "pilotage_faits" ("structure_id", "nature", "occurred_at")
      INCLUDE ("sujet_id", "offre_id", "jeune_id", "entreprise_id", "cre_id", "action",
        "from_statut", "to_statut", "domaine", "contrat", "motif", "echeance", "en_emploi")
      WHERE "nature" IN ('offre', 'mer', 'suivi')`);
    await q.query(`CREATE INDEX "IDX_pilotage_faits_offre" ON "pilotage_faits" ("offre_id")`);
    await q.query(`
      CREATE TABLE "pilotage_offres" (
        "offre_id" uuid NOT NULL,
        "structure_id" uuid NOT NULL,
        "entreprise_id" uuid NOT NULL,
        "domaine" character(1) NOT NULL,
        "type_contrat" character varying(3) NOT NULL,
        "cre_id" uuid,
        "dims_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "publiee_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_pilotage_offres" PRIMARY KEY ("offre_id")
      )`);
    await q.query(`CREATE INDEX "IDX_pilotage_offres_structure"
      ON "pilotage_offres" ("structure_id", "publiee_at")`);
    await q.query(`
      CREATE TABLE "pilotage_compteurs" (
        "structure_id" uuid NOT NULL,
        "nature" character varying(20) NOT NULL,
        "jour" date NOT NULL,
        "cle" character varying(60) NOT NULL,
        "n" integer NOT NULL,
        CONSTRAINT "PK_pilotage_compteurs" PRIMARY KEY ("structure_id", "nature", "jour", "cle")
      )`);
    await q.query(`
      CREATE TABLE "pilotage_contacts" (
        "structure_id" uuid NOT NULL,
        "canal" character varying(5) NOT NULL,
        "jeune_id" uuid NOT NULL,
        "jour" date NOT NULL,
        CONSTRAINT "PK_pilotage_contacts" PRIMARY KEY ("structure_id", "canal", "jeune_id", "jour")
      )`);
    await q.query(`
      CREATE TABLE "pilotage_adhesions" (
        "structure_id" uuid NOT NULL,
        "departement" character varying(3) NOT NULL,
        "region" character varying(3) NOT NULL,
        "par_user_id" uuid NOT NULL,
        "adhere_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_pilotage_adhesions" PRIMARY KEY ("structure_id")
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "pilotage_adhesions"`);
    await q.query(`DROP TABLE "pilotage_contacts"`);
    await q.query(`DROP TABLE "pilotage_compteurs"`);
    await q.query(`DROP TABLE "pilotage_offres"`);
    await q.query(`DROP TABLE "pilotage_faits"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/** The matcher: its projection of candidates, its proposals, per-structure settings, pending offers. */
export class Matching1795495000000 implements MigrationInterface {
  name = 'Matching1795495000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "matching_jeunes" (
        "jeune_id" uuid NOT NULL,
        "structure_id" uuid NOT NULL,
        "version" integer NOT NULL,
        "actif" boolean NOT NULL,
        "propositions_ouvertes" smallint NOT NULL DEFAULT 0,
        "derniere_proposition_at" TIMESTAMP WITH TIME ZONE,
        "inscrit_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_matching_jeunes" PRIMARY KEY ("jeune_id"),
        CONSTRAINT "CHK_matching_jeunes_ouvertes" CHECK ("propositions_ouvertes" >= 0)
      )`);
    await q.query(`
      CREATE TABLE "matching_candidats" (
        "jeune_id" uuid NOT NULL,
        "fiche" character(5) NOT NULL,
        "rang" smallint NOT NULL,
        "structure_id" uuid NOT NULL,
        "lat" double precision NOT NULL,
        "lon" double precision NOT NULL,
        "rayon_km" smallint NOT NULL,
        "permis_b" boolean NOT NULL,
        "date_naissance" date NOT NULL,
        "disponible_le" date,
        "indisponibilites" datemultirange,
        "niveau_diplome" smallint NOT NULL,
        "experience_mois" smallint NOT NULL,
        "programme" character varying(5) NOT NULL,
        "temps_partiel_seul" boolean NOT NULL,
        "actif" boolean NOT NULL,
        "propositions_ouvertes" smallint NOT NULL DEFAULT 0,
        "attente_depuis" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_matching_candidats" PRIMARY KEY ("jeune_id", "fiche"),
        CONSTRAINT "FK_matching_candidats_jeune" FOREIGN KEY ("jeune_id")
          REFERENCES "matching_jeunes"("jeune_id") ON DELETE CASCADE
      )`);
    // Retrieval is one index-only range scan per (fiche, structure of the scope): equalities on
    // both, a latitude band (the bounding box), longitude checked on the index tuple, every other
    // filter and score input carried in INCLUDE. Partial: inactive jeunes cost nothing. The
    // structure in the key keeps dense areas (many structures within the box) from scanning
    // their neighbours' jeunes: measured at 1,000,000 jeunes (bench/matching.ts).
    await q.query(`
      CREATE INDEX "IDX_matching_candidats_recherche" ON "matching_candidats" ("fiche", "structure_id", "lat", "lon")
      INCLUDE ("jeune_id", "rang", "rayon_km", "permis_b", "date_naissance",
        "disponible_le", "indisponibilites", "niveau_diplome", "experience_mois", "programme",
        "temps_partiel_seul", "propositions_ouvertes", "attente_depuis")
      WHERE "actif"`);
    await q.query(`CREATE TYPE "proposition_statut" AS ENUM('ouverte', 'retenue', 'ecartee',
      'declinee', 'sans_reponse', 'embauchee', 'terminee', 'fermee')`);
    await q.query(`
      CREATE TABLE "propositions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "offre_id" uuid NOT NULL,
        "jeune_id" uuid NOT NULL,
        "structure_id" uuid NOT NULL,
        "jeune_structure_id" uuid NOT NULL,
        "score" numeric(5,2) NOT NULL,
        "detail" jsonb NOT NULL,
        "raisons" text array NOT NULL,
        "statut" "proposition_statut" NOT NULL DEFAULT 'ouverte',
        "origine" character varying(8) NOT NULL DEFAULT 'matcher',
        "motif" text,
        "offre_version" integer NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "cloturee_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_propositions" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_propositions_offre_jeune" UNIQUE ("offre_id", "jeune_id"),
        CONSTRAINT "FK_propositions_offre" FOREIGN KEY ("offre_id") REFERENCES "offres"("id") ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE INDEX "IDX_propositions_jeune_actives" ON "propositions" ("jeune_id") WHERE "statut" IN ('ouverte', 'retenue')`,
    );
    await q.query(
      `CREATE INDEX "IDX_propositions_structure_statut" ON "propositions" ("structure_id", "statut", "created_at")`,
    );
    await q.query(`
      CREATE TABLE "matching_reglages" (
        "structure_id" uuid NOT NULL,
        "poids" jsonb NOT NULL DEFAULT '{}',
        "structures_voisines" uuid array NOT NULL DEFAULT '{}',
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_matching_reglages" PRIMARY KEY ("structure_id"),
        CONSTRAINT "FK_matching_reglages_structure" FOREIGN KEY ("structure_id") REFERENCES "structures"("id") ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE "matching_demandes" (
        "offre_id" uuid NOT NULL,
        "structure_id" uuid NOT NULL,
        "demandee_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_matching_demandes" PRIMARY KEY ("offre_id")
      )`);
    await q.query(
      `CREATE INDEX "IDX_matching_demandes_structure" ON "matching_demandes" ("structure_id")`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "matching_demandes"`);
    await q.query(`DROP TABLE "matching_reglages"`);
    await q.query(`DROP TABLE "propositions"`);
    await q.query(`DROP TYPE "proposition_statut"`);
    await q.query(`DROP TABLE "matching_candidats"`);
    await q.query(`DROP TABLE "matching_jeunes"`);
  }
}

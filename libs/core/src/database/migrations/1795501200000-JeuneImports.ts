import { MigrationInterface, QueryRunner } from 'typeorm';

/** CSV imports of jeunes run in the background: the file, the progress, the report. */
export class JeuneImports1795501200000 implements MigrationInterface {
  name = 'JeuneImports1795501200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "jeune_imports" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "structure_id" uuid NOT NULL,
        "actor_user_id" uuid,
        "actor_role" character varying(16) NOT NULL,
        "statut" character varying(10) NOT NULL,
        "fichier" bytea,
        "octets" integer NOT NULL,
        "lignes_lues" integer NOT NULL DEFAULT 0,
        "rapport" jsonb,
        "erreur" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "started_at" TIMESTAMP WITH TIME ZONE,
        "finished_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_jeune_imports" PRIMARY KEY ("id")
      )`);
    await q.query(
      `CREATE INDEX "IDX_jeune_imports_structure" ON "jeune_imports" ("structure_id", "created_at")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "jeune_imports"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An uploaded CSV stored in pieces as it arrives (neither the API nor the worker holds the whole
 * file in memory), read back piece by piece by the import job, dropped with the import's file.
 */
export class JeuneImportMorceaux1795570000000 implements MigrationInterface {
  name = 'JeuneImportMorceaux1795570000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "jeune_import_morceaux" (
        "import_id" uuid NOT NULL,
        "rang" integer NOT NULL,
        "donnees" bytea NOT NULL,
        CONSTRAINT "PK_jeune_import_morceaux" PRIMARY KEY ("import_id", "rang"),
        CONSTRAINT "FK_jeune_import_morceaux_import" FOREIGN KEY ("import_id")
          REFERENCES "jeune_imports" ("id") ON DELETE CASCADE
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "jeune_import_morceaux"`);
  }
}

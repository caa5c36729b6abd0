import { MigrationInterface, QueryRunner } from 'typeorm';

/** Agreements between neighbouring structures (matching), and their transition log. */
export class AccordsVoisinage1795501100000 implements MigrationInterface {
  name = 'AccordsVoisinage1795501100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "matching_accords" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "demandeur_id" uuid NOT NULL,
        "partenaire_id" uuid NOT NULL,
        "statut" character varying(10) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_matching_accords" PRIMARY KEY ("id"),
        CONSTRAINT "FK_matching_accords_demandeur" FOREIGN KEY ("demandeur_id") REFERENCES "structures"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_matching_accords_partenaire" FOREIGN KEY ("partenaire_id") REFERENCES "structures"("id") ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE INDEX "IDX_matching_accords_demandeur" ON "matching_accords" ("demandeur_id", "statut")`,
    );
    await q.query(
      `CREATE INDEX "IDX_matching_accords_partenaire" ON "matching_accords" ("partenaire_id", "statut")`,
    );
    await q.query(`
      CREATE TABLE "matching_accord_transitions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "accord_id" uuid NOT NULL,
        "from_statut" character varying(10),
        "to_statut" character varying(10) NOT NULL,
        "by_user_id" uuid NOT NULL,
        "by_structure_id" uuid NOT NULL,
        "at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_matching_accord_transitions" PRIMARY KEY ("id"),
        CONSTRAINT "FK_matching_accord_transitions_accord" FOREIGN KEY ("accord_id") REFERENCES "matching_accords"("id") ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE INDEX "IDX_matching_accord_transitions_accord" ON "matching_accord_transitions" ("accord_id", "at")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "matching_accord_transitions"`);
    await q.query(`DROP TABLE "matching_accords"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/** The administrator's changes to accounts (role, deactivation) and identity, traced (issue 14). */
export class ComptesJournal1795540000000 implements MigrationInterface {
  name = 'ComptesJournal1795540000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "comptes_journal" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "structure_id" uuid NOT NULL,
      "cible_user_id" uuid,
      "auteur_id" uuid NOT NULL,
      "action" character varying(40) NOT NULL,
      "details" jsonb NOT NULL,
      "at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_comptes_journal" PRIMARY KEY ("id"))`);
    await q.query(
      `CREATE INDEX "IDX_comptes_journal_structure" ON "comptes_journal" ("structure_id", "at")`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "comptes_journal"`);
  }
}

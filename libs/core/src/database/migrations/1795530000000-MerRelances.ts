import { MigrationInterface, QueryRunner } from 'typeorm';

/** The reminders sent to employers about a mise en relation (scheduled or asked by a CRE). */
export class MerRelances1795530000000 implements MigrationInterface {
  name = 'MerRelances1795530000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "mer_relances" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "mer_id" uuid NOT NULL,
        "origine" character varying(10) NOT NULL,
        "statut" "mer_statut" NOT NULL,
        "by_user_id" uuid,
        "at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_mer_relances" PRIMARY KEY ("id"),
        CONSTRAINT "FK_mer_relances_mer" FOREIGN KEY ("mer_id") REFERENCES "mises_en_relation"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "IDX_mer_relances_mer" ON "mer_relances" ("mer_id", "at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "mer_relances"`);
  }
}

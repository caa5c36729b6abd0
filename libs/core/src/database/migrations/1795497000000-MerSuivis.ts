import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The follow-up after a hire: one row per hire × échéance (1, 3 months) × répondant (employer,
 * jeune), created once (unique key) when the hire happens or by the sweep.
 */
export class MerSuivis1795497000000 implements MigrationInterface {
  name = 'MerSuivis1795497000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "mer_suivis" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "mer_id" uuid NOT NULL,
        "structure_id" uuid NOT NULL,
        "mois" smallint NOT NULL,
        "repondant" character varying(10) NOT NULL,
        "recrute_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "sent_at" TIMESTAMP WITH TIME ZONE,
        "reponse" character varying(15),
        "answered_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_mer_suivis" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_mer_suivis_mer_mois_repondant" UNIQUE ("mer_id", "mois", "repondant"),
        CONSTRAINT "FK_mer_suivis_mer" FOREIGN KEY ("mer_id")
          REFERENCES "mises_en_relation"("id") ON DELETE CASCADE,
        CONSTRAINT "CHK_mer_suivis_mois" CHECK ("mois" IN (1, 3)),
        CONSTRAINT "CHK_mer_suivis_repondant" CHECK ("repondant" IN ('employeur', 'jeune')),
        CONSTRAINT "CHK_mer_suivis_reponse"
          CHECK ("reponse" IS NULL OR "reponse" IN ('en_poste', 'plus_en_poste')),
        CONSTRAINT "CHK_mer_suivis_answered"
          CHECK (("reponse" IS NULL) = ("answered_at" IS NULL))
      )`);
    await q.query(`CREATE INDEX "IDX_mer_suivis_a_envoyer" ON "mer_suivis" ("due_at")
      WHERE "sent_at" IS NULL`);
    await q.query(`CREATE INDEX "IDX_mer_suivis_structure_recrute"
      ON "mer_suivis" ("structure_id", "recrute_at")`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "mer_suivis"`);
  }
}

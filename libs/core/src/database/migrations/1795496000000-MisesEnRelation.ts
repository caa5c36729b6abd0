import { MigrationInterface, QueryRunner } from 'typeorm';

/** Mises en relation: one row per (jeune, offer), and its log (one row per transition). */
export class MisesEnRelation1795496000000 implements MigrationInterface {
  name = 'MisesEnRelation1795496000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE "mer_statut" AS ENUM('proposee', 'retenue', 'ecartee',
      'acceptee_jeune', 'declinee_jeune', 'sans_reponse_jeune', 'transmise_employeur', 'entretien',
      'recrutee', 'non_retenue', 'sans_reponse_employeur', 'desistement', 'annulee',
      'embauche_ailleurs')`);
    await q.query(`
      CREATE TABLE "mises_en_relation" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "proposition_id" uuid NOT NULL,
        "offre_id" uuid NOT NULL,
        "jeune_id" uuid NOT NULL,
        "entreprise_id" uuid NOT NULL,
        "structure_id" uuid NOT NULL,
        "jeune_structure_id" uuid NOT NULL,
        "statut" "mer_statut" NOT NULL DEFAULT 'proposee',
        "statut_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "score" numeric(5,2) NOT NULL,
        "raisons" text array NOT NULL,
        "detail" jsonb NOT NULL,
        "origine" character varying(8) NOT NULL,
        "alerte_entreprise" boolean NOT NULL DEFAULT false,
        "cre_id" uuid,
        "motif_code" character varying(40),
        "motif" text,
        "entretien_at" TIMESTAMP WITH TIME ZONE,
        "contrat" jsonb,
        "relances" smallint NOT NULL DEFAULT 0,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_mises_en_relation" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_mises_en_relation_proposition" UNIQUE ("proposition_id"),
        CONSTRAINT "UQ_mises_en_relation_offre_jeune" UNIQUE ("offre_id", "jeune_id"),
        CONSTRAINT "FK_mises_en_relation_offre" FOREIGN KEY ("offre_id")
          REFERENCES "offres"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "IDX_mises_en_relation_structure_statut"
      ON "mises_en_relation" ("structure_id", "statut", "statut_at")`);
    await q.query(`CREATE INDEX "IDX_mises_en_relation_jeune"
      ON "mises_en_relation" ("jeune_id", "created_at")`);
    await q.query(`CREATE INDEX "IDX_mises_en_relation_entreprise"
      ON "mises_en_relation" ("entreprise_id", "created_at")`);
    await q.query(`
      CREATE TABLE "mer_transitions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "mer_id" uuid NOT NULL,
        "action" character varying(30) NOT NULL,
        "from_statut" "mer_statut",
        "to_statut" "mer_statut" NOT NULL,
        "by_user_id" uuid,
        "by_role" character varying(20) NOT NULL,
        "motif_code" character varying(40),
        "motif" text,
        "details" jsonb,
        "at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_mer_transitions" PRIMARY KEY ("id"),
        CONSTRAINT "FK_mer_transitions_mer" FOREIGN KEY ("mer_id")
          REFERENCES "mises_en_relation"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "IDX_mer_transitions_mer" ON "mer_transitions" ("mer_id", "at")`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "mer_transitions"`);
    await q.query(`DROP TABLE "mises_en_relation"`);
    await q.query(`DROP TYPE "mer_statut"`);
  }
}

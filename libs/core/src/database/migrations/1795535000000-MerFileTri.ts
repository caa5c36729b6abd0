import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The CRE's screening queue, paginated oldest first (issue 14): the structure's proposals to
 * examine read in `created_at` order straight from the index, and per offer for its filter.
 */
export class MerFileTri1795535000000 implements MigrationInterface {
  name = 'MerFileTri1795535000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_mises_en_relation_file"
      ON "mises_en_relation" ("structure_id", "statut", "created_at", "id")`);
    await q.query(`CREATE INDEX "IDX_mises_en_relation_offre_file"
      ON "mises_en_relation" ("offre_id", "statut", "created_at", "id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_mises_en_relation_offre_file"`);
    await q.query(`DROP INDEX "IDX_mises_en_relation_file"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The report's « offres terminées avec un recrutement » probes each ended offer for a hire: by
 * `offre_id` alone that read every fact of the offer from the heap (most of a structure's cold
 * report at national size); this small partial index answers it by itself.
 */
export class PilotageRecrutements1795621000000 implements MigrationInterface {
  name = 'PilotageRecrutements1795621000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_pilotage_faits_recrutement"
      ON "pilotage_faits" ("offre_id", "occurred_at")
      WHERE "nature" = 'mer' AND "to_statut" = 'recrutee'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_pilotage_faits_recrutement"`);
  }
}

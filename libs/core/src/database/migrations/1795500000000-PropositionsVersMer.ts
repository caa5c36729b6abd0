import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data only. The mises en relation used to be created lazily from open proposals (at each read
 * of the screening queue and by a sweep); they now come from `proposition.creee`, recorded with
 * each proposal. The proposals made before this version never had that event: it is recorded
 * now for those still open without a MER, and `proposition.cloturee` for the MERs still
 * `proposee` whose proposal the matcher already ended. The handlers are idempotent.
 */
export class PropositionsVersMer1795500000000 implements MigrationInterface {
  name = 'PropositionsVersMer1795500000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      INSERT INTO "outbox_events" ("type", "aggregate_id", "payload")
      SELECT 'proposition.creee', p."offre_id", jsonb_build_object(
        'propositionId', p."id", 'offreId', p."offre_id", 'jeuneId', p."jeune_id")
      FROM "propositions" p
      WHERE p."statut" = 'ouverte'
        AND NOT EXISTS (SELECT 1 FROM "mises_en_relation" m WHERE m."proposition_id" = p."id")
      ORDER BY p."created_at"`);
    await q.query(`
      INSERT INTO "outbox_events" ("type", "aggregate_id", "payload")
      SELECT 'proposition.cloturee', p."offre_id", jsonb_build_object(
        'propositionId', p."id", 'offreId', p."offre_id", 'statut', p."statut")
      FROM "mises_en_relation" m JOIN "propositions" p ON p."id" = m."proposition_id"
      WHERE m."statut" = 'proposee' AND p."statut" NOT IN ('ouverte', 'retenue')`);
  }

  public async down(): Promise<void> {
    // Nothing to undo: the events are consumed (or harmless if the previous version runs).
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Messaging reliability (issue 10): an in-flight state written before the provider call
 * (`en_cours`), an ambiguous outcome left to an admin (`incertain`), what the reconciler needs to
 * find a message whose job was lost (`job_id`, `requeues`), and, for outbox events, whether a
 * relayed event was processed (`processed_at`) so a lost job is published again.
 */
export class MessagingFiabilite1795498000000 implements MigrationInterface {
  name = 'MessagingFiabilite1795498000000';
  // ALTER TYPE … ADD VALUE cannot be used before commit: the new values are not used below.

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TYPE "message_statut" ADD VALUE IF NOT EXISTS 'en_cours' AFTER 'differe'`);
    await q.query(`ALTER TYPE "message_statut" ADD VALUE IF NOT EXISTS 'incertain' AFTER 'echec'`);
    await q.query(`
      ALTER TABLE "messages"
        ADD "sending_at" TIMESTAMP WITH TIME ZONE,
        ADD "job_id" character varying(120),
        ADD "requeues" integer NOT NULL DEFAULT 0`);
    // The reconciler reads only messages not yet settled: few rows, whatever the history.
    await q.query(
      `CREATE INDEX "IDX_messages_non_termines" ON "messages" ("statut", "updated_at")
       WHERE "statut" NOT IN ('envoye', 'delivre', 'echec', 'supprime')`,
    );
    await q.query(`
      ALTER TABLE "outbox_events"
        ADD "processed_at" TIMESTAMP WITH TIME ZONE,
        ADD "republished" integer NOT NULL DEFAULT 0`);
    // Events relayed before this change: their jobs ran (or are in the queue's history).
    await q.query(
      `UPDATE "outbox_events" SET "processed_at" = "published_at" WHERE "published_at" IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX "IDX_outbox_events_unprocessed" ON "outbox_events" ("published_at")
       WHERE "published_at" IS NOT NULL AND "processed_at" IS NULL`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_outbox_events_unprocessed"`);
    await q.query(
      `ALTER TABLE "outbox_events" DROP COLUMN "republished", DROP COLUMN "processed_at"`,
    );
    await q.query(`DROP INDEX "IDX_messages_non_termines"`);
    await q.query(
      `ALTER TABLE "messages" DROP COLUMN "requeues", DROP COLUMN "job_id", DROP COLUMN "sending_at"`,
    );
    // PostgreSQL cannot drop an enum value: back to the old type, unsettled rows made pending.
    await q.query(
      `UPDATE "messages" SET "statut" = 'en_attente' WHERE "statut"::text IN ('en_cours', 'incertain')`,
    );
    await q.query(`ALTER TYPE "message_statut" RENAME TO "message_statut_old"`);
    await q.query(
      `CREATE TYPE "message_statut" AS ENUM('en_attente', 'differe', 'envoye', 'delivre', 'echec', 'supprime')`,
    );
    await q.query(`ALTER TABLE "messages" ALTER COLUMN "statut" DROP DEFAULT`);
    await q.query(
      `ALTER TABLE "messages" ALTER COLUMN "statut" TYPE "message_statut" USING "statut"::text::"message_statut"`,
    );
    await q.query(`ALTER TABLE "messages" ALTER COLUMN "statut" SET DEFAULT 'en_attente'`);
    await q.query(`DROP TYPE "message_statut_old"`);
  }
}

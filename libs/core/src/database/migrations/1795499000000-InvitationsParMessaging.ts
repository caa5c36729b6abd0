import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations send their email through messaging (issue 10, point 9): the delivery columns go (the
 * messages row has them), the link is a messaging signed link (no nonce to rebuild an HMAC), the
 * sweep of unqueued invitations and its index go, and so do the statuses `envoyee` / `echec`.
 */
export class InvitationsParMessaging1795499000000 implements MigrationInterface {
  name = 'InvitationsParMessaging1795499000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_invitations_pending"`);
    await q.query(`
      ALTER TABLE "invitations"
        DROP COLUMN "token_nonce", DROP COLUMN "sent_at", DROP COLUMN "send_attempts",
        DROP COLUMN "last_error", ADD "message_id" uuid`);
    await q.query(
      `UPDATE "invitations" SET "status" = 'en_attente' WHERE "status" IN ('envoyee', 'echec')`,
    );
    await q.query(`ALTER TYPE "invitation_status" RENAME TO "invitation_status_old"`);
    await q.query(`CREATE TYPE "invitation_status" AS ENUM('en_attente', 'acceptee', 'revoquee')`);
    await q.query(`
      ALTER TABLE "invitations"
        ALTER COLUMN "status" DROP DEFAULT,
        ALTER COLUMN "status" TYPE "invitation_status" USING "status"::text::"invitation_status",
        ALTER COLUMN "status" SET DEFAULT 'en_attente'`);
    await q.query(`DROP TYPE "invitation_status_old"`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TYPE "invitation_status" RENAME TO "invitation_status_old"`);
    await q.query(
      `CREATE TYPE "invitation_status" AS ENUM('en_attente', 'envoyee', 'echec', 'acceptee', 'revoquee')`,
    );
    await q.query(`
      ALTER TABLE "invitations"
        ALTER COLUMN "status" DROP DEFAULT,
        ALTER COLUMN "status" TYPE "invitation_status" USING "status"::text::"invitation_status",
        ALTER COLUMN "status" SET DEFAULT 'en_attente'`);
    await q.query(`DROP TYPE "invitation_status_old"`);
    await q.query(`
      ALTER TABLE "invitations"
        DROP COLUMN "message_id",
        ADD "token_nonce" character(32) NOT NULL DEFAULT md5(random()::text),
        ADD "sent_at" TIMESTAMP WITH TIME ZONE, ADD "send_attempts" integer NOT NULL DEFAULT 0,
        ADD "last_error" text`);
    await q.query(`ALTER TABLE "invitations" ALTER COLUMN "token_nonce" DROP DEFAULT`);
    await q.query(
      `CREATE INDEX "IDX_invitations_pending" ON "invitations" ("created_at") WHERE "status" = 'en_attente'`,
    );
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/** Messaging: one row per message (its own outbox row), cooldowns, opt-outs, short and signed links. */
export class Messaging1795494000000 implements MigrationInterface {
  name = 'Messaging1795494000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE "message_canal" AS ENUM('email', 'sms')`);
    await q.query(`CREATE TYPE "message_destinataire" AS ENUM('jeune', 'utilisateur', 'contact')`);
    await q.query(
      `CREATE TYPE "message_statut" AS ENUM('en_attente', 'differe', 'envoye', 'delivre', 'echec', 'supprime')`,
    );
    await q.query(`
      CREATE TABLE "messages" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "structure_id" uuid NOT NULL,
        "event" character varying(200) NOT NULL,
        "template" character varying(60) NOT NULL,
        "canal" "message_canal" NOT NULL,
        "destinataire_type" "message_destinataire" NOT NULL,
        "destinataire_id" uuid,
        "adresse" character varying(254),
        "nom" character varying(200),
        "data" jsonb NOT NULL,
        "statut" "message_statut" NOT NULL DEFAULT 'en_attente',
        "idempotency_key" character varying(300) NOT NULL,
        "content_key" character varying(64) NOT NULL,
        "attempts" integer NOT NULL DEFAULT 0,
        "round" integer NOT NULL DEFAULT 1,
        "provider" character varying(20),
        "provider_id" character varying(200),
        "last_error" text,
        "subject" text,
        "body" text,
        "segments" smallint,
        "encoding" character varying(5),
        "not_before" TIMESTAMP WITH TIME ZONE,
        "queued_at" TIMESTAMP WITH TIME ZONE,
        "sent_at" TIMESTAMP WITH TIME ZONE,
        "delivered_at" TIMESTAMP WITH TIME ZONE,
        "failed_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_messages" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_messages_idempotency_key" UNIQUE ("idempotency_key"),
        CONSTRAINT "FK_messages_structure" FOREIGN KEY ("structure_id") REFERENCES "structures"("id") ON DELETE RESTRICT
      )`);
    // The relay reads only rows not yet on the queue: a partial index that stays small.
    await q.query(
      `CREATE INDEX "IDX_messages_unqueued" ON "messages" ("created_at") WHERE "queued_at" IS NULL`,
    );
    await q.query(
      `CREATE INDEX "IDX_messages_destinataire" ON "messages" ("destinataire_type", "destinataire_id", "created_at")`,
    );
    await q.query(
      `CREATE INDEX "IDX_messages_structure_statut" ON "messages" ("structure_id", "statut", "created_at")`,
    );
    await q.query(
      `CREATE INDEX "IDX_messages_provider_id" ON "messages" ("provider", "provider_id")`,
    );
    await q.query(`
      CREATE TABLE "message_cooldowns" (
        "content_key" character varying(64) NOT NULL,
        "message_id" uuid NOT NULL,
        "until" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_message_cooldowns" PRIMARY KEY ("content_key")
      )`);
    await q.query(`
      CREATE TABLE "message_opt_outs" (
        "adresse" character varying(254) NOT NULL,
        "source" character varying(12) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_message_opt_outs" PRIMARY KEY ("adresse")
      )`);
    await q.query(`
      CREATE TABLE "short_links" (
        "code" character varying(16) NOT NULL,
        "url" text NOT NULL,
        "message_id" uuid,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "clicks" integer NOT NULL DEFAULT 0,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_short_links" PRIMARY KEY ("code")
      )`);
    await q.query(`
      CREATE TABLE "signed_link_uses" (
        "jti" character varying(32) NOT NULL,
        "purpose" character varying(60) NOT NULL,
        "subject" character varying(300) NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "used_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_signed_link_uses" PRIMARY KEY ("jti")
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "signed_link_uses"`);
    await q.query(`DROP TABLE "short_links"`);
    await q.query(`DROP TABLE "message_opt_outs"`);
    await q.query(`DROP TABLE "message_cooldowns"`);
    await q.query(`DROP TABLE "messages"`);
    await q.query(`DROP TYPE "message_statut"`);
    await q.query(`DROP TYPE "message_destinataire"`);
    await q.query(`DROP TYPE "message_canal"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/** Structures (Missions Locales), user accounts and invitations. */
export class Foundation1795483038287 implements MigrationInterface {
  name = 'Foundation1795483038287';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "structures" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "code" character varying(64) NOT NULL,
        "nom" character varying(200) NOT NULL,
        "email" character varying(254),
        "telephone" character varying(20),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_structures_code" UNIQUE ("code"),
        CONSTRAINT "PK_structures" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE TYPE "user_role" AS ENUM('admin', 'cre', 'conseiller', 'employeur')`);
    await q.query(`
      CREATE TABLE "users" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "structure_id" uuid NOT NULL,
        "email" character varying(254) NOT NULL,
        "password_hash" character varying(200) NOT NULL,
        "role" "user_role" NOT NULL,
        "prenom" character varying(100) NOT NULL,
        "nom" character varying(100) NOT NULL,
        "active" boolean NOT NULL DEFAULT true,
        "last_login_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_users_email" UNIQUE ("email"),
        CONSTRAINT "CHK_users_email_lowercase" CHECK ("email" = lower("email")),
        CONSTRAINT "PK_users" PRIMARY KEY ("id"),
        CONSTRAINT "FK_users_structure" FOREIGN KEY ("structure_id") REFERENCES "structures"("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX "IDX_users_structure" ON "users" ("structure_id")`);
    await q.query(
      `CREATE TYPE "invitation_status" AS ENUM('en_attente', 'envoyee', 'echec', 'acceptee', 'revoquee')`,
    );
    await q.query(`
      CREATE TABLE "invitations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "structure_id" uuid NOT NULL,
        "email" character varying(254) NOT NULL,
        "role" "user_role" NOT NULL,
        "prenom" character varying(100) NOT NULL,
        "nom" character varying(100) NOT NULL,
        "token_nonce" character(32) NOT NULL,
        "token_hash" character(64) NOT NULL,
        "status" "invitation_status" NOT NULL DEFAULT 'en_attente',
        "invited_by_id" uuid NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "sent_at" TIMESTAMP WITH TIME ZONE,
        "send_attempts" integer NOT NULL DEFAULT 0,
        "last_error" text,
        "accepted_at" TIMESTAMP WITH TIME ZONE,
        "user_id" uuid,
        "entreprise_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_invitations_token_hash" UNIQUE ("token_hash"),
        CONSTRAINT "PK_invitations" PRIMARY KEY ("id"),
        CONSTRAINT "FK_invitations_structure" FOREIGN KEY ("structure_id") REFERENCES "structures"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_invitations_invited_by" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_invitations_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX "IDX_invitations_structure" ON "invitations" ("structure_id")`);
    // The sweep looks for invitations still waiting to be queued.
    await q.query(
      `CREATE INDEX "IDX_invitations_pending" ON "invitations" ("created_at") WHERE "status" = 'en_attente'`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "invitations"`);
    await q.query(`DROP TYPE "invitation_status"`);
    await q.query(`DROP TABLE "users"`);
    await q.query(`DROP TYPE "user_role"`);
    await q.query(`DROP TABLE "structures"`);
  }
}

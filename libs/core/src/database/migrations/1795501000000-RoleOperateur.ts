import { MigrationInterface, QueryRunner } from 'typeorm';

/** The platform operator role (queue dashboard), distinct from a structure's admin. */
export class RoleOperateur1795501000000 implements MigrationInterface {
  name = 'RoleOperateur1795501000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TYPE "user_role" ADD VALUE IF NOT EXISTS 'operateur'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "users" WHERE "role" = 'operateur'`);
    await q.query(`ALTER TYPE "user_role" RENAME TO "user_role_old"`);
    await q.query(`CREATE TYPE "user_role" AS ENUM('admin', 'cre', 'conseiller', 'employeur')`);
    for (const table of ['users', 'invitations']) {
      await q.query(
        `ALTER TABLE "${table}" ALTER COLUMN "role" TYPE "user_role" USING "role"::text::"user_role"`,
      );
    }
    await q.query(`DROP TYPE "user_role_old"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The portal's identity per Mission Locale (issue 13): its main colour and logo. Both optional:
 * without them the portal uses the service's sober default (blue-grey, the name as a wordmark).
 */
export class StructuresIdentite1795503000000 implements MigrationInterface {
  name = 'StructuresIdentite1795503000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "structures" ADD "couleur" character varying(7)`);
    await q.query(`ALTER TABLE "structures" ADD "logo_url" character varying(500)`);
    await q.query(
      `ALTER TABLE "structures" ADD CONSTRAINT "CHK_structures_couleur" CHECK ("couleur" ~ '^#[0-9a-f]{6}$')`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "structures" DROP CONSTRAINT "CHK_structures_couleur"`);
    await q.query(`ALTER TABLE "structures" DROP COLUMN "logo_url"`);
    await q.query(`ALTER TABLE "structures" DROP COLUMN "couleur"`);
  }
}

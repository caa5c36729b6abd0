import { MigrationInterface, QueryRunner } from 'typeorm';

/** A structure's department, shown when an admin picks a neighbour for an agreement (issue 14). */
export class StructureDepartement1795580000000 implements MigrationInterface {
  name = 'StructureDepartement1795580000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "structures" ADD "departement" character varying(3)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "structures" DROP COLUMN "departement"`);
  }
}

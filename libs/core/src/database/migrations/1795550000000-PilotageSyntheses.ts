import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The report's kept parts (libs/pilotage): each structure's read model version, +1 with every new
 * fact, and its part of a report per period and filters as of a version. The network's report
 * merges these instead of scanning every structure's facts.
 */
export class PilotageSyntheses1795550000000 implements MigrationInterface {
  name = 'PilotageSyntheses1795550000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "pilotage_versions" (
        "structure_id" uuid NOT NULL,
        "version" bigint NOT NULL,
        CONSTRAINT "PK_pilotage_versions" PRIMARY KEY ("structure_id")
      )`);
    await q.query(`
      CREATE TABLE "pilotage_syntheses" (
        "structure_id" uuid NOT NULL,
        "cle" character varying(80) NOT NULL,
        "version" bigint NOT NULL,
        "partiel" jsonb NOT NULL,
        "calcule_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_pilotage_syntheses" PRIMARY KEY ("structure_id", "cle")
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "pilotage_syntheses"`);
    await q.query(`DROP TABLE "pilotage_versions"`);
  }
}

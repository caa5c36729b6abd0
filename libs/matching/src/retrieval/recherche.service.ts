import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { CandidatRow } from '../scoring/score-detail';
import { RECHERCHE_SQL, RechercheParams, rechercheValues } from './recherche.sql';

/** Runs the retrieval query; the rows pass every hard filter of the issue. */
@Injectable()
export class RechercheService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async rechercher(p: RechercheParams, manager?: EntityManager): Promise<CandidatRow[]> {
    // Outside a transaction, a named statement: each pooled connection parses and analyses the
    // query once instead of at every search (as long as the search itself, at small scopes).
    const rows: CandidatRow[] = manager
      ? await manager.query(RECHERCHE_SQL, rechercheValues(p))
      : (
          await (this.dataSource.driver as PostgresDriver).master.query({
            name: 'matching-recherche',
            text: RECHERCHE_SQL,
            values: rechercheValues(p),
          })
        ).rows;
    for (const r of rows) r.attenteDepuis = new Date(Number(r.attenteDepuis));
    return rows;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { CandidatRow } from '../scoring/score-detail';
import {
  RECHERCHE_LOT_SQL,
  RECHERCHE_SQL,
  RechercheParams,
  rechercheValues,
} from './recherche.sql';

/** Runs the retrieval query; the rows pass every hard filter of the issue. */
@Injectable()
export class RechercheService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async rechercher(p: RechercheParams, manager?: EntityManager): Promise<CandidatRow[]> {
    // Outside a transaction, a named statement: each pooled connection parses and analyses the
    // query once instead of at every search (as long as the search itself, at small scopes).
    const rows: CandidatRow[] = manager
      ? await manager.query(RECHERCHE_SQL, rechercheValues(p))
      : await this.named('matching-recherche', RECHERCHE_SQL, rechercheValues(p));
    for (const r of rows) r.attenteDepuis = new Date(Number(r.attenteDepuis));
    return rows;
  }

  /**
   * The searches of several offers in one round trip (RECHERCHE_LOT_SQL): the rows of each, in
   * the order of `ps`. One offer takes the single statement (cheaper to plan).
   */
  async rechercherLot(ps: RechercheParams[]): Promise<CandidatRow[][]> {
    if (ps.length === 1) return [await this.rechercher(ps[0])];
    const out: CandidatRow[][] = ps.map(() => []);
    if (ps.length === 0) return out;
    const rows: (CandidatRow & { lot: number })[] = await this.named(
      'matching-recherche-lot',
      RECHERCHE_LOT_SQL,
      [JSON.stringify(ps.map(rechercheValues))],
    );
    for (const r of rows) {
      r.attenteDepuis = new Date(Number(r.attenteDepuis));
      out[r.lot].push(r);
    }
    return out;
  }

  private async named<T>(name: string, text: string, values: unknown[]): Promise<T[]> {
    const driver = this.dataSource.driver as PostgresDriver;
    return (await driver.master.query({ name, text, values })).rows;
  }
}

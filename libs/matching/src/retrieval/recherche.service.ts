import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CandidatRow } from '../scoring/score-detail';
import { RECHERCHE_SQL, RechercheParams, rechercheValues } from './recherche.sql';

/** Runs the retrieval query; the rows pass every hard filter of the issue. */
@Injectable()
export class RechercheService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async rechercher(p: RechercheParams, manager?: EntityManager): Promise<CandidatRow[]> {
    const rows: CandidatRow[] = await (manager ?? this.dataSource).query(
      RECHERCHE_SQL,
      rechercheValues(p),
    );
    for (const r of rows) r.attenteDepuis = new Date(Number(r.attenteDepuis));
    return rows;
  }
}

import { AuthUser, Clock } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { calculer } from './chiffres';
import { bornes, Periode, periode, precedente } from './periode';
import { RapportQueryDto } from './rapport-query.dto';
import { rapportView, RapportView } from './rapport.view';

/** The report of a set of structures: the period and the one before, computed side by side. */
@Injectable()
export class RapportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The caller's structure. */
  structure(user: AuthUser, q: RapportQueryDto): Promise<RapportView> {
    return this.pour([user.structureId], q);
  }

  async pour(structureIds: string[], q: RapportQueryDto): Promise<RapportView> {
    const p = periode(q.du, q.au, this.clock.now());
    const avant = precedente(p);
    const filtres = { cre: q.cre ?? null, domaine: q.domaine ?? null };
    const run = (x: Periode) =>
      calculer(this.dataSource, {
        structureIds,
        ...x,
        ...bornes(x),
        creId: filtres.cre,
        domaine: filtres.domaine,
      });
    const [a, b] = await Promise.all([run(p), run(avant)]);
    return rapportView(a, b, {
      periode: p,
      periodePrecedente: avant,
      filtres,
      structures: structureIds.length,
    });
  }
}

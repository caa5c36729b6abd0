import { AuthUser, Clock } from '@app/core';
import { Injectable } from '@nestjs/common';
import { chiffresDe } from './chiffres';
import { fusionner } from './partiel';
import { bornes, Periode, periode, precedente } from './periode';
import { RapportQueryDto } from './rapport-query.dto';
import { rapportView, RapportView } from './rapport.view';
import { SynthesesService } from './syntheses.service';

/** The report of a set of structures: the period and the one before, computed side by side. */
@Injectable()
export class RapportService {
  constructor(
    private readonly syntheses: SynthesesService,
    private readonly clock: Clock,
  ) {}

  /** The caller's structure. */
  structure(user: AuthUser, q: RapportQueryDto): Promise<RapportView> {
    return this.pour([user.structureId], q);
  }

  async pour(structureIds: string[], q: RapportQueryDto): Promise<RapportView> {
    return (await this.parGroupes(structureIds, new Map(), q)).ensemble;
  }

  /**
   * The report of all the structures and of groups of them (the network by region): each
   * structure's part is read (or computed) once, then merged per group.
   */
  async parGroupes(
    structureIds: string[],
    groupes: Map<string, string[]>,
    q: RapportQueryDto,
  ): Promise<{ ensemble: RapportView; groupes: Map<string, RapportView> }> {
    const p = periode(q.du, q.au, this.clock.now());
    const avant = precedente(p);
    const filtres = { cre: q.cre ?? null, domaine: q.domaine ?? null };
    const parts = (x: Periode) =>
      this.syntheses.partiels({
        structureIds,
        ...x,
        ...bornes(x),
        creId: filtres.cre,
        domaine: filtres.domaine,
      });
    const [a, b] = await Promise.all([parts(p), parts(avant)]);
    const vue = (ids: string[]) =>
      rapportView(
        chiffresDe(fusionner(ids.map((id) => a.get(id)!))),
        chiffresDe(fusionner(ids.map((id) => b.get(id)!))),
        { periode: p, periodePrecedente: avant, filtres, structures: ids.length },
      );
    return {
      ensemble: vue(structureIds),
      groupes: new Map([...groupes].map(([code, ids]) => [code, vue(ids)])),
    };
  }
}

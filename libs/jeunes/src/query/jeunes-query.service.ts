import { AuthUser, Clock } from '@app/core';
import { ReferentielsService } from '@app/referentiels';
import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { parisDay } from '../domain/age';
import { JeuneStatut, Programme, TRANCHES_AGE } from '../domain/jeune-codes';
import { Jeune } from '../entities/jeune.entity';
import { applyJeuneFilters, TRANCHE_SQL } from './jeune-filters';
import { JeuneFiltersDto, JeuneQueryDto } from './jeune-query.dto';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  parPage: number;
}

const PAR = { type: 'object', additionalProperties: { type: 'integer' } } as const;

export class JeuneCompteurs {
  @ApiProperty() total: number;
  @ApiProperty(PAR) parStatut: Record<string, number>;
  @ApiProperty(PAR) parProgramme: Record<string, number>;
  @ApiProperty(PAR) parTrancheAge: Record<string, number>;
  /** By referent conseiller id; `aucun` for jeunes without one. */
  @ApiProperty({ ...PAR, description: 'Par conseiller référent (id) ; « aucun » sans référent' })
  parConseiller: Record<string, number>;
  /** By grand domaine of the wanted fiches (a jeune counts once in each of its domains). */
  @ApiProperty(PAR) parDomaine: Record<string, number>;
}

const ORDER: Record<string, [string, 'ASC' | 'DESC'][]> = {
  nom: [
    ['j.nom', 'ASC'],
    ['j.prenom', 'ASC'],
  ],
  recent: [['j.createdAt', 'DESC']],
  disponibilite: [['j.disponibleLe', 'ASC']],
};
const zeros = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, 0]));

@Injectable()
export class JeunesQueryService {
  constructor(
    @InjectRepository(Jeune) private readonly jeunes: Repository<Jeune>,
    private readonly referentiels: ReferentielsService,
    private readonly clock: Clock,
  ) {}

  async list(q: JeuneQueryDto, user: AuthUser): Promise<Page<Jeune>> {
    const page = q.page ?? 1;
    const parPage = q.parPage ?? 20;
    const qb = await this.filtered(q, user);
    for (const [field, dir] of ORDER[q.tri ?? 'nom']) qb.addOrderBy(field, dir, 'NULLS LAST');
    qb.addOrderBy('j.id', 'ASC');
    const [items, total] = await qb
      .skip((page - 1) * parPage)
      .take(parPage)
      .getManyAndCount();
    return { items, total, page, parPage };
  }

  /** Counts per status, programme, age band, conseiller and domaine, under the same filters. */
  async counts(f: JeuneFiltersDto, user: AuthUser): Promise<JeuneCompteurs> {
    const qb = (await this.filtered(f, user))
      .select('j.id', 'id')
      .addSelect('j.statut', 'statut')
      .addSelect('j.programme', 'programme')
      .addSelect(TRANCHE_SQL, 'tranche')
      .addSelect('j.conseillerId', 'conseiller')
      .addSelect('j.fichesRome', 'fiches');
    const [sql, params] = qb.getQueryAndParameters();
    const groups: {
      statut: string;
      programme: string;
      tranche: string;
      conseiller: string;
      n: number;
    }[] = await this.jeunes.query(
      `SELECT statut, programme, tranche, coalesce(conseiller::text, 'aucun') AS conseiller,
                GROUPING(statut, programme, tranche, conseiller) AS g, count(*)::int AS n
         FROM (${sql}) s GROUP BY GROUPING SETS ((statut), (programme), (tranche), (conseiller), ())`,
      params,
    );
    const domaines: { domaine: string; n: number }[] = await this.jeunes.query(
      `SELECT left(f, 1) AS domaine, count(DISTINCT s.id)::int AS n
       FROM (${sql}) s, unnest(s.fiches) f GROUP BY 1 ORDER BY 1`,
      params,
    );
    const out: JeuneCompteurs = {
      total: 0,
      parStatut: zeros(Object.values(JeuneStatut)),
      parProgramme: zeros(Object.values(Programme)),
      parTrancheAge: zeros(TRANCHES_AGE),
      parConseiller: {},
      parDomaine: Object.fromEntries(domaines.map((d) => [d.domaine, d.n])),
    };
    for (const row of groups as ((typeof groups)[number] & { g: number })[]) {
      // GROUPING() has one bit per column, set when the column is not in the group.
      if (row.g === 15) out.total = row.n;
      else if (row.g === 7) out.parStatut[row.statut] = row.n;
      else if (row.g === 11) out.parProgramme[row.programme] = row.n;
      else if (row.g === 13) out.parTrancheAge[row.tranche] = row.n;
      else if (row.g === 14) out.parConseiller[row.conseiller] = row.n;
    }
    return out;
  }

  private filtered(f: JeuneFiltersDto, user: AuthUser) {
    const today = parisDay(this.clock.now());
    return applyJeuneFilters(
      this.jeunes.createQueryBuilder('j'),
      f,
      user,
      today,
      this.referentiels,
    );
  }
}

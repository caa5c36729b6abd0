import { AuthUser } from '@app/core';
import { EntreprisesService } from '@app/entreprises';
import { nearCommune, ReferentielsService } from '@app/referentiels';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { OFFRE_EXPIRY_DAYS } from './expiry/offre-expiry.service';
import { Offre } from './offre.entity';
import { OffreLigneView, OffreListeView, OffreView } from './offre.view';
import { OffreFiltresDto, OffreQueryDto } from './offre-query.dto';

const ORDER: Record<string, [string, 'ASC' | 'DESC']> = {
  recent: ['o.createdAt', 'DESC'],
  ancien: ['o.createdAt', 'ASC'],
  date_debut: ['o.dateDebut', 'ASC'],
  titre: ['o.titre', 'ASC'],
};

type LigneBrute = Omit<OffreLigneView, 'createdAt' | 'expireLe'> & {
  createdAt: Date;
  lastActivityAt: Date;
};

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  parPage: number;
}

/** Lists with filters, sorting and pagination, scoped to what the user may see. */
@Injectable()
export class OffresQueryService {
  constructor(
    @InjectRepository(Offre) private readonly offres: Repository<Offre>,
    private readonly entreprises: EntreprisesService,
    private readonly referentiels: ReferentielsService,
  ) {}

  async list(q: OffreQueryDto, user: AuthUser): Promise<Page<Offre>> {
    const page = q.page ?? 1;
    const parPage = q.parPage ?? 20;
    const qb = await this.filtered(q, user);
    // The page and the count side by side; a plain count(*) (getManyAndCount counts DISTINCT ids,
    // needless without joins and the slower half of the list at 10,000 offers).
    const [items, count] = await Promise.all([
      qb
        .clone()
        .offset((page - 1) * parPage)
        .limit(parPage)
        .getMany(),
      qb.clone().orderBy().select('count(*)::int', 'n').getRawOne<{ n: number }>(),
    ]);
    return { items, total: count?.n ?? 0, page, parPage };
  }

  /** The list's query, filtered and sorted, without its page (the export streams all of it). */
  async filtered(q: OffreFiltresDto, user: AuthUser): Promise<SelectQueryBuilder<Offre>> {
    const qb = this.offres
      .createQueryBuilder('o')
      .where('o.structureId = :sid', { sid: user.structureId });
    const allowed = await this.entreprises.accessibleEntrepriseIds(user);
    if (allowed) qb.andWhere('o.entrepriseId = ANY(:allowed)', { allowed });
    if (q.statut) qb.andWhere('o.statut = :statut', { statut: q.statut });
    if (q.entrepriseId) qb.andWhere('o.entrepriseId = :eid', { eid: q.entrepriseId });
    if (q.rome?.length === 5) qb.andWhere('o.codeRome = :rome', { rome: q.rome });
    else if (q.rome) qb.andWhere('o.codeRome LIKE :domaine', { domaine: `${q.rome}%` });
    if (q.typeContrat) qb.andWhere('o.typeContrat = :tc', { tc: q.typeContrat });
    if (q.du) qb.andWhere('o.createdAt >= :du', { du: q.du });
    if (q.au) qb.andWhere("o.createdAt < (:au::date + interval '1 day')", { au: q.au });
    if (q.communeInsee)
      await nearCommune(qb, 'o', q.communeInsee, q.rayonKm ?? 0, this.referentiels);
    const [field, dir] = ORDER[q.tri ?? 'recent'];
    return qb.orderBy(field, dir).addOrderBy('o.id', 'ASC');
  }

  /** GET /offres's answer: a page of the list, each offer with its entreprise's name. */
  async pageListe(q: OffreQueryDto, user: AuthUser): Promise<Page<OffreListeView>> {
    const page = await this.list(q, user);
    const noms = await this.nomsEntreprises(user.structureId, page.items);
    return {
      ...page,
      items: page.items.map((o) => ({
        ...OffreView.of(o, OFFRE_EXPIRY_DAYS),
        entrepriseNom: noms.get(o.entrepriseId) ?? '',
      })),
    };
  }

  /**
   * Every offer of the list as a line of the employer's home (apps/api/src/portail renders it):
   * the same rows, rights and order as `list`, but only the columns that page shows, read raw.
   * Hydrating 500 whole entities and their views took most of the server's time on that page.
   */
  async lignes(q: OffreFiltresDto, user: AuthUser): Promise<OffreLigneView[]> {
    const qb = await this.filtered(q, user);
    const rows = await qb
      .select('o.id', 'id')
      .addSelect('o.titre', 'titre')
      .addSelect('o.statut', 'statut')
      .addSelect('o.createdAt', 'createdAt')
      .addSelect('"o"."date_debut"::text', 'dateDebut') // as the entity reads it: YYYY-MM-DD
      .addSelect('o.lastActivityAt', 'lastActivityAt')
      .getRawMany<LigneBrute>();
    return rows.map((r) => ({
      id: r.id,
      titre: r.titre,
      statut: r.statut,
      createdAt: r.createdAt.toISOString(),
      dateDebut: r.dateDebut,
      expireLe: OffreView.expireLe(r.lastActivityAt, OFFRE_EXPIRY_DAYS).toISOString(),
    }));
  }

  /** Entreprise names for a page of offers (asked of the entreprises module). */
  nomsEntreprises(structureId: string, offres: Offre[]): Promise<Map<string, string>> {
    return this.entreprises.nomsParIds(
      offres.map((o) => o.entrepriseId),
      structureId,
    );
  }
}

import { AuthUser, DomainError } from '@app/core';
import { EntreprisesService } from '@app/entreprises';
import { ReferentielsService } from '@app/referentiels';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Offre } from './offre.entity';
import { OffreQueryDto } from './offre-query.dto';

const KM_PER_DEGREE_LAT = 111.2;
const ORDER: Record<string, [string, 'ASC' | 'DESC']> = {
  recent: ['o.createdAt', 'DESC'],
  ancien: ['o.createdAt', 'ASC'],
  date_debut: ['o.dateDebut', 'ASC'],
  titre: ['o.titre', 'ASC'],
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
    if (q.communeInsee) await this.near(qb, q.communeInsee, q.rayonKm ?? 0);
    const [field, dir] = ORDER[q.tri ?? 'recent'];
    qb.orderBy(field, dir).addOrderBy('o.id', 'ASC');
    const [items, total] = await qb
      .skip((page - 1) * parPage)
      .take(parPage)
      .getManyAndCount();
    return { items, total, page, parPage };
  }

  /** Same commune, or within the radius: a bounding box (indexable) then the exact distance. */
  private async near(
    qb: ReturnType<Repository<Offre>['createQueryBuilder']>,
    insee: string,
    rayonKm: number,
  ) {
    if (rayonKm === 0) {
      qb.andWhere('o.communeInsee = :insee', { insee });
      return;
    }
    const commune = await this.referentiels.getCommune(insee);
    if (!commune) throw DomainError.invalid('communeInsee', `La commune ${insee} est inconnue.`);
    if (commune.lat === null || commune.lon === null) {
      throw DomainError.invalid(
        'communeInsee',
        `La commune ${insee} n'a pas de coordonnées : recherche par rayon impossible.`,
      );
    }
    const dLat = rayonKm / KM_PER_DEGREE_LAT;
    const dLon = rayonKm / (KM_PER_DEGREE_LAT * Math.cos((commune.lat * Math.PI) / 180));
    qb.andWhere('o.lat BETWEEN :latMin AND :latMax AND o.lon BETWEEN :lonMin AND :lonMax', {
      latMin: commune.lat - dLat,
      latMax: commune.lat + dLat,
      lonMin: commune.lon - dLon,
      lonMax: commune.lon + dLon,
    });
    qb.andWhere(
      `2 * 6371 * asin(sqrt(power(sin(radians(o.lat - :lat) / 2), 2) +
        cos(radians(:lat)) * cos(radians(o.lat)) * power(sin(radians(o.lon - :lon) / 2), 2))) <= :rayon`,
      { lat: commune.lat, lon: commune.lon, rayon: rayonKm },
    );
  }
}

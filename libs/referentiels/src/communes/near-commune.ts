import { DomainError } from '@app/core';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ReferentielsService } from '../referentiels.service';

const KM_PER_DEGREE_LAT = 111.2;

/**
 * Restricts a query to rows (with `lat`, `lon`, `communeInsee` columns under `alias`) in a commune
 * or within `rayonKm` of its centre: a bounding box first (indexable), then the exact distance.
 * Lists of offers and of jeunes filter "commune + rayon" this one way.
 */
export async function nearCommune<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  insee: string,
  rayonKm: number,
  referentiels: Pick<ReferentielsService, 'getCommune'>,
): Promise<void> {
  if (rayonKm === 0) {
    qb.andWhere(`${alias}.communeInsee = :nearInsee`, { nearInsee: insee });
    return;
  }
  const commune = await referentiels.getCommune(insee);
  if (!commune) throw DomainError.invalid('communeInsee', `La commune ${insee} est inconnue.`);
  if (commune.lat === null || commune.lon === null) {
    throw DomainError.invalid(
      'communeInsee',
      `La commune ${insee} n'a pas de coordonnées : recherche par rayon impossible.`,
    );
  }
  const dLat = rayonKm / KM_PER_DEGREE_LAT;
  const dLon = rayonKm / (KM_PER_DEGREE_LAT * Math.cos((commune.lat * Math.PI) / 180));
  qb.andWhere(
    `${alias}.lat BETWEEN :latMin AND :latMax AND ${alias}.lon BETWEEN :lonMin AND :lonMax`,
    {
      latMin: commune.lat - dLat,
      latMax: commune.lat + dLat,
      lonMin: commune.lon - dLon,
      lonMax: commune.lon + dLon,
    },
  );
  qb.andWhere(
    `2 * 6371 * asin(sqrt(power(sin(radians(${alias}.lat - :nearLat) / 2), 2) +
      cos(radians(:nearLat)) * cos(radians(${alias}.lat)) *
      power(sin(radians(${alias}.lon - :nearLon) / 2), 2))) <= :nearRayon`,
    { nearLat: commune.lat, nearLon: commune.lon, nearRayon: rayonKm },
  );
}

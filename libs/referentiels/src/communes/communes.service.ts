import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { CommuneEntity } from './commune.entity';
import { Commune, FindCommunesQuery } from './commune.types';
import { buildCommunesSearch } from './communes-search';

export const toCommune = (c: Omit<CommuneEntity, 'nomNormalise'>): Commune => ({
  codeInsee: c.codeInsee,
  nom: c.nom,
  codesPostaux: c.codesPostaux,
  departement: c.departement,
  region: c.region,
  lat: c.lat,
  lon: c.lon,
  sourceCoordonnees: c.sourceCoordonnees,
  ...(c.population !== null ? { population: c.population } : {}),
});

/** Raw rows use the entity's property names, so that toCommune maps both. */
const COLUMNS = `c."code_insee" AS "codeInsee", c."nom", c."codes_postaux" AS "codesPostaux",
  c."departement", c."region", c."lat", c."lon", c."source_coordonnees" AS "sourceCoordonnees",
  c."population", c."updated_at" AS "updatedAt"`;
type RawCommune = Omit<CommuneEntity, 'nomNormalise'>;

@Injectable()
export class CommunesService {
  constructor(
    @InjectRepository(CommuneEntity) private readonly communes: Repository<CommuneEntity>,
  ) {}

  /** `2a004` finds Ajaccio (2A004). */
  async getCommune(codeInsee: string): Promise<Commune | null> {
    const found = await this.communes.findOneBy({ codeInsee: codeInsee.trim().toUpperCase() });
    return found ? toCommune(found) : null;
  }

  /** By postal code and/or name, optionally within a department; [] when there is nothing to look for. */
  async findCommunes(query: FindCommunesQuery): Promise<Commune[]> {
    const search = buildCommunesSearch(query);
    if (!search) return [];
    const limit = Math.min(Math.max(query.limit ?? 20, 1), 100);
    const rows: RawCommune[] = await this.communes.query(
      `SELECT ${COLUMNS} FROM "communes" c WHERE ${search.where}
       ORDER BY ${search.order} LIMIT ${limit}`,
      search.params,
    );
    return rows.map(toCommune);
  }
}

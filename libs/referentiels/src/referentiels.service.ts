import { Injectable } from '@nestjs/common';
import { Commune, FindCommunesQuery } from './communes/commune.types';
import { CommunesService } from './communes/communes.service';
import { RomeService } from './rome/rome.service';
import { Appellation, FicheRome, RomeSearchResult } from './rome/rome.types';

/**
 * What other modules ask of the référentiels (offres, entreprises): ROME fiches and appellations,
 * communes. Codes are looked up leniently (case, spaces); null means "not in the référentiel".
 */
@Injectable()
export class ReferentielsService {
  constructor(
    private readonly rome: RomeService,
    private readonly communes: CommunesService,
  ) {}

  getFiche(code: string): Promise<FicheRome | null> {
    return this.rome.getFiche(code);
  }

  getAppellation(codeOgr: string): Promise<Appellation | null> {
    return this.rome.getAppellation(codeOgr);
  }

  /** Fiches matching a code, a label or an appellation, best first. */
  searchRome(q: string, limit = 20): Promise<RomeSearchResult[]> {
    return this.rome.search(q, limit);
  }

  getCommune(codeInsee: string): Promise<Commune | null> {
    return this.communes.getCommune(codeInsee);
  }

  /** By postal code (several communes may share one) and/or name, optionally in a department. */
  findCommunes(query: FindCommunesQuery): Promise<Commune[]> {
    return this.communes.findCommunes(query);
  }
}

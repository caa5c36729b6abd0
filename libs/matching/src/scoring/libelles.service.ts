import { ReferentielsService } from '@app/referentiels';
import { Injectable } from '@nestjs/common';

/** Fiche labels for the reasons, from the référentiel, cached (they change once a year). */
@Injectable()
export class LibellesService {
  private readonly cache = new Map<string, string>();

  constructor(private readonly referentiels: ReferentielsService) {}

  async fiche(code: string): Promise<string> {
    const cached = this.cache.get(code);
    if (cached) return cached;
    const fiche = await this.referentiels.getFiche(code);
    const libelle = fiche?.libelle ?? code;
    this.cache.set(code, libelle);
    return libelle;
  }
}

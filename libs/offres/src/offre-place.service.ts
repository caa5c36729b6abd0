import { DomainError } from '@app/core';
import { ReferentielsService } from '@app/referentiels';
import { Injectable } from '@nestjs/common';

export interface ResolvedPlace {
  codeRome: string;
  codeAppellation: string | null;
  communeInsee: string;
  lat: number | null;
  lon: number | null;
}

/** Checks an offer's ROME fiche, appellation and commune against the référentiels. */
@Injectable()
export class OffrePlaceService {
  constructor(private readonly referentiels: ReferentielsService) {}

  async resolve(
    codeRome: string,
    codeAppellation: string | undefined,
    communeInsee: string | null | undefined,
  ): Promise<ResolvedPlace> {
    if (!(await this.referentiels.getFiche(codeRome))) {
      throw DomainError.invalid(
        'codeRome',
        `La fiche ROME ${codeRome} n'existe pas dans le référentiel.`,
      );
    }
    if (codeAppellation) {
      const appellation = await this.referentiels.getAppellation(codeAppellation);
      if (!appellation || appellation.codeRome !== codeRome) {
        throw DomainError.invalid(
          'codeAppellation',
          `L'appellation ${codeAppellation} n'appartient pas à la fiche ${codeRome}.`,
        );
      }
    }
    if (!communeInsee) {
      throw DomainError.invalid(
        'communeInsee',
        "Indiquez la commune du poste (l'entreprise n'en a pas).",
      );
    }
    const commune = await this.referentiels.getCommune(communeInsee);
    if (!commune)
      throw DomainError.invalid('communeInsee', `La commune ${communeInsee} est inconnue.`);
    return {
      codeRome,
      codeAppellation: codeAppellation ?? null,
      communeInsee,
      lat: commune.lat,
      lon: commune.lon,
    };
  }
}

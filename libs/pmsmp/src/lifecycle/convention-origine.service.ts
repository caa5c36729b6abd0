import { AuthUser, DomainError } from '@app/core';
import { MerQueryService } from '@app/mises-en-relation';
import { OffresService } from '@app/offres';
import { Injectable } from '@nestjs/common';
import { CreateConventionDto } from '../api/convention.dto';

/**
 * An agreement started from an offer or a mise en relation (objective: start a recruitment): the
 * offer and the MER are read through their own modules (tenancy included) and must concern the
 * same entreprise and jeune. Returns the offer the agreement refers to.
 */
@Injectable()
export class ConventionOrigineService {
  constructor(
    private readonly offres: OffresService,
    private readonly mers: MerQueryService,
  ) {}

  async verifier(user: AuthUser, dto: CreateConventionDto): Promise<string | null> {
    let offreId = dto.offreId ?? null;
    if (dto.merId) {
      // Staff only here: the staff view carries the jeune, the entreprise and the offer.
      const mer = (await this.mers.detail(dto.merId, user)) as {
        jeuneId: string;
        entrepriseId: string;
        offreId: string;
      };
      if (mer.jeuneId !== dto.jeuneId) {
        throw DomainError.invalid('merId', 'Cette mise en relation concerne un autre jeune.');
      }
      if (mer.entrepriseId !== dto.entrepriseId) {
        throw DomainError.invalid('merId', 'Cette mise en relation concerne une autre entreprise.');
      }
      if (offreId && offreId !== mer.offreId) {
        throw DomainError.invalid('offreId', 'L’offre n’est pas celle de la mise en relation.');
      }
      offreId = mer.offreId;
    }
    if (offreId) {
      const offre = await this.offres.getForUser(offreId, user);
      if (offre.entrepriseId !== dto.entrepriseId) {
        throw DomainError.invalid('offreId', 'Cette offre est celle d’une autre entreprise.');
      }
    }
    return offreId;
  }
}

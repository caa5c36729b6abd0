import { SignedLinksService } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { MiseEnRelation } from '../entities/mise-en-relation.entity';
import { MerConfig } from '../mer.config';

export const PURPOSE_JEUNE = 'mer.reponse-jeune';
export const PURPOSE_EMPLOYEUR = 'mer.reponse-employeur';
export const PATH_JEUNE = 'mer/jeune';
export const PATH_EMPLOYEUR = 'mer/employeur';
const DAY = 86_400;

/**
 * The signed links of the MER pages: bound to the jeune (or the entreprise) and to the MER,
 * expiring, single-use (they change state). Each message carries a fresh link; the MER's status
 * decides what a link may still do, so an older link can never answer twice.
 */
@Injectable()
export class MerLinksService {
  constructor(
    private readonly links: SignedLinksService,
    private readonly config: MerConfig,
  ) {}

  jeune(mer: MiseEnRelation): string {
    const token = this.links.sign({
      purpose: PURPOSE_JEUNE,
      subject: `jeune:${mer.jeuneId}`,
      resource: mer.id,
      ttlSeconds: this.config.MER_LIEN_JEUNE_JOURS * DAY,
      singleUse: true,
    });
    return this.links.url(PATH_JEUNE, token);
  }

  employeur(mer: MiseEnRelation): string {
    const token = this.links.sign({
      purpose: PURPOSE_EMPLOYEUR,
      subject: `entreprise:${mer.entrepriseId}`,
      resource: mer.id,
      ttlSeconds: this.config.MER_LIEN_EMPLOYEUR_JOURS * DAY,
      singleUse: true,
    });
    return this.links.url(PATH_EMPLOYEUR, token);
  }
}

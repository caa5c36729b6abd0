import { Clock } from '@app/core';
import { EntreprisesService } from '@app/entreprises';
import { JeunesService } from '@app/jeunes';
import { NotificationsService, SignedLinksService } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MiseEnRelation } from '../entities/mise-en-relation.entity';
import { MerNotifier } from '../notifications/mer-notifier.service';
import { MerSuiviConfig } from './mer-suivi.config';
import { MerSuivi } from './mer-suivi.entity';

export const PURPOSE_SUIVI = 'mer.suivi';
export const PATH_SUIVI = 'mer/suivi';
const DAY_S = 86_400;
/** A link stays verifiable this long after its answer window, to show what was answered. */
const MARGE_LIEN_JOURS = 60;

/** Who a check's link acts for: the entreprise (any of its employer addresses) or the jeune. */
export const sujetSuivi = (s: MerSuivi, mer: MiseEnRelation) =>
  s.repondant === 'employeur' ? `entreprise:${mer.entrepriseId}` : `jeune:${mer.jeuneId}`;

/**
 * The messages of the follow-up, in the caller's transaction (NotificationsService; the jeune's
 * consent is checked at send time). Event `mer.suivi:<check id>`: a replay sends nothing twice.
 */
@Injectable()
export class MerSuiviNotifier {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly links: SignedLinksService,
    private readonly merNotifier: MerNotifier,
    private readonly entreprises: EntreprisesService,
    private readonly jeunes: JeunesService,
    private readonly config: MerSuiviConfig,
    private readonly clock: Clock,
  ) {}

  /** Sends the check; false when there is nobody to send it to (no employer address yet). */
  async envoyer(m: EntityManager, s: MerSuivi, mer: MiseEnRelation): Promise<boolean> {
    const { offre, entreprise } = await this.merNotifier.contexte(mer, m);
    const contact = await this.jeunes.getContact(mer.jeuneId);
    const lien = this.lien(s, mer);
    const event = `mer.suivi:${s.id}`;
    if (s.repondant === 'jeune') {
      await this.notifications.notify(m, {
        event,
        structureId: mer.structureId,
        destinataire: { jeuneId: mer.jeuneId },
        template: 'mer_suivi_jeune',
        data: {
          prenom: contact?.prenom ?? '',
          offre: offre.titre,
          entreprise,
          mois: String(s.mois),
          lien,
        },
      });
      return true;
    }
    const emails = await this.entreprises.employerEmails(mer.entrepriseId);
    const salarie =
      `${contact?.prenom ?? ''} ${contact?.nom ?? ''}`.trim() || 'La personne recrutée';
    for (const email of emails) {
      await this.notifications.notify(m, {
        event,
        structureId: mer.structureId,
        destinataire: { email },
        template: 'mer_suivi_employeur',
        data: {
          salarie,
          offre: offre.titre,
          recrutement: s.recruteAt.toISOString(),
          mois: String(s.mois),
          lien,
        },
        canaux: ['email'],
      });
    }
    return emails.length > 0;
  }

  /** Single-use, bound to the check and to its répondant. */
  lien(s: MerSuivi, mer: MiseEnRelation): string {
    const token = this.links.sign({
      purpose: PURPOSE_SUIVI,
      subject: sujetSuivi(s, mer),
      resource: s.id,
      ttlSeconds: (this.config.MER_SUIVI_LIEN_JOURS + MARGE_LIEN_JOURS) * DAY_S,
      singleUse: true,
    });
    return this.links.url(PATH_SUIVI, token);
  }

  /** Answers are taken for MER_SUIVI_LIEN_JOURS after the sending. */
  ouvert(s: MerSuivi): boolean {
    if (!s.sentAt || s.reponse) return false;
    const fin = s.sentAt.getTime() + this.config.MER_SUIVI_LIEN_JOURS * DAY_S * 1000;
    return this.clock.now().getTime() < fin;
  }
}

import { NotificationsService, SignedLinksService } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Signataire } from '../domain/pmsmp-codes';
import { Convention } from '../entities/convention.entity';
import { signatairesAttendus } from './signataires';

export const PURPOSE_DOCUMENT = 'pmsmp.document';
export const PATH_DOCUMENT = 'pmsmp/document';
const DAY = 86_400;

/** Messages to the parties other than signature links (in the caller's transaction). */
@Injectable()
export class PmsmpNotifier {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly links: SignedLinksService,
  ) {}

  /** A party's link to download the agreement's latest PDF (read-only, reusable). */
  lienDocument(c: Convention, s: Signataire): string {
    const token = this.links.sign({
      purpose: PURPOSE_DOCUMENT,
      subject: `pmsmp:${s}`,
      resource: c.id,
      ttlSeconds: 365 * DAY,
    });
    return this.links.url(PATH_DOCUMENT, token);
  }

  /** Validated, refused, cancelled: every party, by email, with the PDF link. */
  async information(m: EntityManager, c: Convention, etat: string): Promise<void> {
    for (const a of signatairesAttendus(c.contenu, true)) {
      await this.notifications.notify(m, {
        event: `pmsmp.${c.statut}:${c.id}:v${c.version}`,
        structureId: c.structureId,
        destinataire:
          a.signataire === Signataire.BENEFICIAIRE
            ? { jeuneId: c.jeuneId }
            : { email: a.personne.email, nom: `${a.personne.prenom} ${a.personne.nom}` },
        template: 'pmsmp_information',
        data: {
          beneficiaire: `${c.contenu.beneficiaire.prenom} ${c.contenu.beneficiaire.nom}`,
          entreprise: c.contenu.accueil.raisonSociale,
          etat,
          lien: this.lienDocument(c, a.signataire),
        },
        canaux: ['email'],
      });
    }
  }

  /** Every party signed: the conseiller who wrote it validates (reminders before the start). */
  async aValider(m: EntityManager, c: Convention, relance = 0): Promise<void> {
    await this.notifications.notify(m, {
      event: `pmsmp.a_valider:${c.id}:v${c.version}:${relance}`,
      structureId: c.structureId,
      destinataire: { userId: c.createdBy },
      template: 'pmsmp_a_valider',
      data: {
        beneficiaire: `${c.contenu.beneficiaire.prenom} ${c.contenu.beneficiaire.nom}`,
        entreprise: c.contenu.accueil.raisonSociale,
        dateDebut: c.dateDebut,
        relance: relance ? 'Rappel : ' : '',
      },
    });
  }
}

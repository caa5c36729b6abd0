import { AuthUser, DomainError, isValidDateTime } from '@app/core';
import { NotificationsService } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MiseEnRelation } from '../entities/mise-en-relation.entity';
import { MerNotifier } from '../notifications/mer-notifier.service';
import { MerAccessService } from './mer-access.service';
import { MerEmbaucheService } from './mer-embauche.service';
import { MerActing, MerLifecycleService } from './mer-lifecycle.service';
import { isMotif, MOTIFS_NON_RETENUE, MOTIFS_REFUS_JEUNE } from './mer-motifs';
import { MerAction } from './mer-transitions';
import { transaction } from './mer-tx';
import { ReponseEmployeur } from './reponse-employeur';

/** Runs first in the transaction: the link's single use commits with the answer, or not at all. */
export type Avant = (m: EntityManager) => Promise<unknown>;

/** The jeune's answer (from the link) and the employer's (link, portal, or the CRE after a call). */
@Injectable()
export class MerReponsesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lifecycle: MerLifecycleService,
    private readonly access: MerAccessService,
    private readonly notifier: MerNotifier,
    private readonly notifications: NotificationsService,
    private readonly embauche: MerEmbaucheService,
  ) {}

  /** "Ça m'intéresse": accepted, then sent to the employer at once with the contact details. */
  repondreJeune(
    id: string,
    reponse: { interesse: boolean; motif?: string; commentaire?: string },
    acting: MerActing,
    avant?: Avant,
  ): Promise<MiseEnRelation> {
    if (!reponse.interesse && !isMotif(MOTIFS_REFUS_JEUNE, reponse.motif)) {
      throw DomainError.invalid('motif', 'Dites-nous pourquoi cette offre n’est pas pour vous.');
    }
    return transaction(this.dataSource, async (m) => {
      await avant?.(m);
      let mer: MiseEnRelation;
      if (reponse.interesse) {
        await this.lifecycle.apply(m, id, MerAction.ACCEPTER, acting);
        ({ mer } = await this.lifecycle.apply(m, id, MerAction.TRANSMETTRE, { role: 'system' }));
        await this.notifier.candidat(m, mer);
      } else {
        const code = reponse.motif as keyof typeof MOTIFS_REFUS_JEUNE;
        ({ mer } = await this.lifecycle.apply(m, id, MerAction.DECLINER, acting, {
          motifCode: code,
          motif: reponse.commentaire || MOTIFS_REFUS_JEUNE[code],
        }));
      }
      if (mer.creId) {
        const { offre } = await this.notifier.contexte(mer, m);
        await this.notifications.notify(m, {
          event: `mer.reponse-jeune:${mer.id}`,
          structureId: mer.structureId,
          destinataire: { userId: mer.creId },
          template: 'reponse_jeune',
          data: {
            jeune: await this.notifier.jeuneNom(mer),
            offre: offre.titre,
            reponse: reponse.interesse ? 'oui' : 'non',
            ...(mer.motif && !reponse.interesse ? { motif: mer.motif } : {}),
            lien: this.notifier.lienApi(mer),
          },
        });
      }
      return mer;
    });
  }

  /** For a logged-in user (employer of the entreprise, or the CRE who called): 404 otherwise. */
  async repondreEmployeurPourUtilisateur(id: string, user: AuthUser, r: ReponseEmployeur) {
    await this.access.getForUser(id, user);
    return this.repondreEmployeur(id, r, { user, role: user.role });
  }

  repondreEmployeur(
    id: string,
    r: ReponseEmployeur,
    acting: MerActing,
    avant?: Avant,
  ): Promise<MiseEnRelation> {
    if (r.resultat === 'recrutee') return this.embauche.recruter(id, r, acting, avant);
    if (r.resultat === 'non_retenue' && !isMotif(MOTIFS_NON_RETENUE, r.motif)) {
      throw DomainError.invalid('motif', `Motif : ${Object.keys(MOTIFS_NON_RETENUE).join(', ')}.`);
    }
    if (r.resultat === 'entretien' && !isValidDateTime(r.entretienAt)) {
      throw DomainError.invalid('entretienAt', "Indiquez la date et l'heure de l'entretien.");
    }
    return transaction(this.dataSource, async (m) => {
      await avant?.(m);
      if (r.resultat === 'entretien')
        return this.entretien(m, id, new Date(r.entretienAt!), acting);
      const code = r.motif as keyof typeof MOTIFS_NON_RETENUE;
      const { mer } = await this.lifecycle.apply(m, id, MerAction.NE_PAS_RETENIR, acting, {
        motifCode: code,
        motif: r.commentaire || MOTIFS_NON_RETENUE[code],
      });
      const { offre } = await this.notifier.contexte(mer, m);
      await this.notifier.information(
        m,
        mer,
        `mer.non-retenue:${mer.id}`,
        { jeuneId: mer.jeuneId },
        {
          sujet: `Votre candidature pour « ${offre.titre} »`,
          titre: 'Réponse de l’employeur',
          paragraphes: [
            'Bonjour,',
            `L’employeur n’a pas retenu votre candidature pour l’offre « ${offre.titre} ».`,
            'Ne vous découragez pas : votre Mission Locale continue de chercher avec vous.',
          ],
        },
      );
      return mer;
    });
  }

  private async entretien(m: EntityManager, id: string, date: Date, acting: MerActing) {
    const { mer } = await this.lifecycle.apply(m, id, MerAction.ENTRETIEN, acting, {
      entretienAt: date,
    });
    const { offre, entreprise, commune } = await this.notifier.contexte(mer, m);
    const c = await this.notifier.jeuneNom(mer);
    await this.notifications.notify(m, {
      event: `mer.entretien:${mer.id}:${date.toISOString()}`,
      structureId: mer.structureId,
      destinataire: { jeuneId: mer.jeuneId },
      template: 'entretien_planifie',
      data: {
        prenom: c.split(' ')[0],
        offre: offre.titre,
        entreprise,
        date: date.toISOString(),
        adresse: commune,
      },
    });
    // The link just used is spent: a fresh one for the outcome after the interview.
    await this.notifier.information(
      m,
      mer,
      `mer.apres-entretien:${mer.id}:${date.toISOString()}`,
      'employeur',
      {
        sujet: `Entretien noté : ${c}, « ${offre.titre} »`,
        titre: 'Entretien noté',
        paragraphes: [
          'Bonjour,',
          `Nous avons noté l’entretien avec ${c}.`,
          'Après l’entretien, dites-nous en un clic si vous recrutez.',
        ],
        lien: this.notifier.lienEmployeur(mer),
        libelleLien: 'Donner ma réponse',
      },
    );
    return mer;
  }
}

import { AuthUser, DomainError, Role } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { MiseEnRelation } from '../entities/mise-en-relation.entity';
import { MerNotifier } from '../notifications/mer-notifier.service';
import { MerAccessService } from './mer-access.service';
import { MerLifecycleService } from './mer-lifecycle.service';
import { isMotif, MOTIFS_DESISTEMENT, MOTIFS_ECART } from './mer-motifs';
import { MER_OUVERTES, MER_VISIBLES_EMPLOYEUR, MerStatut } from './mer-statut';
import { MerAction } from './mer-transitions';
import { transaction } from './mer-tx';

/** The CRE's screening (keep, discard; in bulk: MerTriLotService), a withdrawal, the offer closing. */
@Injectable()
export class MerTriService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lifecycle: MerLifecycleService,
    private readonly access: MerAccessService,
    private readonly notifier: MerNotifier,
  ) {}

  /** Kept: the jeune is told (email and SMS, by consent), the conseiller informed. */
  retenir(id: string, user: AuthUser, commentaire?: string): Promise<MiseEnRelation> {
    return transaction(this.dataSource, async (m) => {
      await this.access.getForUser(id, user, m);
      const { mer } = await this.lifecycle.apply(m, id, MerAction.RETENIR, acting(user), {
        motif: commentaire ?? null,
      });
      await this.notifier.proposition(m, mer);
      const conseillerId = await this.notifier.conseillerId(mer);
      if (conseillerId) {
        const { offre, entreprise } = await this.notifier.contexte(mer, m);
        const nom = await this.notifier.jeuneNom(mer);
        await this.notifier.information(
          m,
          mer,
          `mer.proposee-conseiller:${mer.id}`,
          { userId: conseillerId },
          {
            sujet: `${nom} est proposé(e) pour « ${offre.titre} »`,
            titre: 'Un de vos jeunes est proposé sur une offre',
            paragraphes: [
              'Bonjour,',
              `${nom} vient de recevoir la proposition de l’offre « ${offre.titre} » chez ${entreprise}.`,
              'Si cette proposition ne convient pas à son projet, prévenez le CRE.',
            ],
            lien: this.notifier.lienApi(mer),
            libelleLien: 'Voir la mise en relation',
          },
        );
      }
      return mer;
    });
  }

  /** Discarded (reason from the list): the proposal ends `ecartee`, the matcher tops the offer up. */
  ecarter(
    id: string,
    user: AuthUser,
    motif: string,
    commentaire?: string,
  ): Promise<MiseEnRelation> {
    if (!isMotif(MOTIFS_ECART, motif)) {
      throw DomainError.invalid(
        'motif',
        `Motif d'écart : ${Object.keys(MOTIFS_ECART).join(', ')}.`,
      );
    }
    return transaction(this.dataSource, async (m) => {
      await this.access.getForUser(id, user, m);
      const { mer } = await this.lifecycle.apply(m, id, MerAction.ECARTER, acting(user), {
        motifCode: motif,
        motif: commentaire ?? MOTIFS_ECART[motif as keyof typeof MOTIFS_ECART],
      });
      return mer;
    });
  }

  /** The jeune withdraws (told the conseiller or the CRE); the employer is told if it had the candidate. */
  desister(
    id: string,
    user: AuthUser,
    motif: string,
    commentaire?: string,
  ): Promise<MiseEnRelation> {
    if (!isMotif(MOTIFS_DESISTEMENT, motif)) {
      throw DomainError.invalid('motif', `Motif : ${Object.keys(MOTIFS_DESISTEMENT).join(', ')}.`);
    }
    return transaction(this.dataSource, async (m) => {
      await this.access.getForUser(id, user, m);
      const { mer, from } = await this.lifecycle.apply(m, id, MerAction.DESISTER, acting(user), {
        motifCode: motif,
        motif: commentaire ?? MOTIFS_DESISTEMENT[motif as keyof typeof MOTIFS_DESISTEMENT],
      });
      if (MER_VISIBLES_EMPLOYEUR.includes(from))
        await this.prevenirEmployeur(m, mer, 'desistement');
      return mer;
    });
  }

  /** The offer closed (filled, cancelled, expired): its open MERs end `annulee`, the jeunes told. */
  async annulerPourOffre(offreId: string): Promise<number> {
    const open = await this.dataSource.getRepository(MiseEnRelation).find({
      where: { offreId, statut: In(MER_OUVERTES) },
      order: { jeuneId: 'ASC' },
    });
    for (const mer of open) {
      await transaction(this.dataSource, (m) =>
        this.annuler(m, mer.id, "L'offre n'est plus ouverte"),
      );
    }
    return open.length;
  }

  /** In the caller's transaction; does nothing if the MER already ended. */
  async annuler(m: EntityManager, id: string, motif: string): Promise<void> {
    // Locked first: two closings at once (the offer's event, a hire) end it once, without a 409.
    const current = await m
      .getRepository(MiseEnRelation)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!current || !MER_OUVERTES.includes(current.statut)) return;
    const { mer, from } = await this.lifecycle.apply(
      m,
      id,
      MerAction.ANNULER,
      { role: 'system' },
      { motif },
    );
    if (from === MerStatut.PROPOSEE) return; // the jeune never heard of it
    const { offre } = await this.notifier.contexte(mer, m);
    await this.notifier.information(
      m,
      mer,
      `mer.annulee:${mer.id}`,
      { jeuneId: mer.jeuneId },
      {
        sujet: `L’offre « ${offre.titre} » n’est plus disponible`,
        titre: 'Offre plus disponible',
        paragraphes: [
          'Bonjour,',
          `L’offre « ${offre.titre} » pour laquelle nous vous avions contacté(e) n’est plus disponible.`,
          'Votre Mission Locale continue de chercher avec vous : d’autres offres vous seront proposées.',
        ],
        sms: `La Mission Locale : l'offre ${offre.titre} n'est plus disponible. D'autres offres vous seront proposees.`,
      },
    );
  }

  /** Polite word to the employer: the candidate is no longer available. */
  async prevenirEmployeur(
    m: EntityManager,
    mer: MiseEnRelation,
    cause: 'desistement' | 'embauche_ailleurs',
  ) {
    const { offre } = await this.notifier.contexte(mer, m);
    const nom = await this.notifier.jeuneNom(mer);
    await this.notifier.information(m, mer, `mer.${cause}:${mer.id}`, 'employeur', {
      sujet: `Candidature de ${nom} pour « ${offre.titre} »`,
      titre: 'Candidature retirée',
      paragraphes: [
        'Bonjour,',
        cause === 'embauche_ailleurs'
          ? `${nom} vient de trouver un emploi et n’est plus disponible pour votre offre « ${offre.titre} ». Merci de l’attention que vous avez portée à sa candidature.`
          : `${nom} a retiré sa candidature pour votre offre « ${offre.titre} ». Merci de l’attention que vous y avez portée.`,
        'Votre Mission Locale vous propose d’autres candidats dès que possible.',
      ],
    });
  }
}

export function acting(user: AuthUser) {
  return { user, role: user.role as Role };
}

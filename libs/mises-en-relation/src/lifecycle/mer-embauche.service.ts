import { DOMAIN_EVENT, DomainError, OutboxService, isCalendarDay } from '@app/core';
import { JeuneEditionService, JeuneStatut } from '@app/jeunes';
import { OffreAction, OffreLifecycleService, OffreStatut } from '@app/offres';
import { TYPE_CONTRAT_CODES } from '@app/referentiels';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { Contrat, MiseEnRelation } from '../entities/mise-en-relation.entity';
import { MerNotifier } from '../notifications/mer-notifier.service';
import { MerActing, MerLifecycleService } from './mer-lifecycle.service';
import { MER_OUVERTES, MER_VISIBLES_EMPLOYEUR, MerStatut } from './mer-statut';
import { MerTriService } from './mer-tri.service';
import { MerAction } from './mer-transitions';
import { transaction, verrouillerEmbauche } from './mer-tx';
import type { Avant } from './mer-reponses.service';
import { ReponseEmployeur } from './reponse-employeur';

const A_DUREE = ['CDD', 'MIS', 'SAI', 'DDI', 'TTI'];

/**
 * A hire fills one position. Under the offer's then the jeune's lock: the MER becomes
 * `recrutee`; when hires reach the positions the offer becomes `pourvue` and its other open MERs
 * `annulee`; the jeune's other open MERs end `embauche_ailleurs`; the jeune is `en_emploi`.
 */
@Injectable()
export class MerEmbaucheService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lifecycle: MerLifecycleService,
    private readonly offres: OffreLifecycleService,
    private readonly jeunes: JeuneEditionService,
    private readonly tri: MerTriService,
    private readonly notifier: MerNotifier,
    private readonly outbox: OutboxService,
  ) {}

  recruter(
    id: string,
    r: ReponseEmployeur,
    acting: MerActing,
    avant?: Avant,
  ): Promise<MiseEnRelation> {
    const contrat = contratValide(r);
    return transaction(this.dataSource, async (m) => {
      await avant?.(m);
      const found = await m.getRepository(MiseEnRelation).findOneBy({ id });
      if (!found) throw DomainError.notFound('La mise en relation');
      await verrouillerEmbauche(m, found.offreId, found.jeuneId);
      const { mer } = await this.lifecycle.apply(m, id, MerAction.RECRUTER, acting, {
        contrat,
        motif: r.commentaire ?? null,
      });
      const { offre } = await this.notifier.contexte(mer, m);
      const embauches = await m
        .getRepository(MiseEnRelation)
        .countBy({ offreId: offre.id, statut: MerStatut.RECRUTEE });
      if (embauches > offre.nombrePostes) {
        throw new DomainError(
          'MER_TRANSITION_INTERDITE',
          'Tous les postes de cette offre sont déjà pourvus.',
          {
            details: { statut: found.statut, action: MerAction.RECRUTER },
          },
        );
      }
      if (embauches === offre.nombrePostes && offre.statut === OffreStatut.PUBLIEE) {
        await this.offres.apply(
          offre.id,
          OffreAction.MARQUER_POURVUE,
          { role: 'system' },
          {
            motif: `${embauches} recrutement(s) par mise en relation`,
          },
          m,
        );
        const autres = await m.getRepository(MiseEnRelation).find({
          where: { offreId: offre.id, statut: In(MER_OUVERTES), id: Not(mer.id) },
          order: { jeuneId: 'ASC' },
        });
        for (const a of autres) await this.tri.annuler(m, a.id, 'Offre pourvue');
      }
      await this.ailleurs(m, mer);
      await this.jeunes.changeStatutSysteme(
        mer.jeuneId,
        JeuneStatut.EN_EMPLOI,
        `Recruté(e) : ${offre.titre}`,
        m,
      );
      await this.outbox.record(m, DOMAIN_EVENT.MER_RECRUTEE, mer.id, {
        merId: mer.id,
        offreId: offre.id,
        jeuneId: mer.jeuneId,
      });
      await this.informer(m, mer, offre.titre);
      return mer;
    });
  }

  /** The jeune's other open MERs close; employers who had the candidate are told politely. */
  private async ailleurs(m: EntityManager, mer: MiseEnRelation): Promise<void> {
    const autres = await m.getRepository(MiseEnRelation).find({
      where: { jeuneId: mer.jeuneId, statut: In(MER_OUVERTES), id: Not(mer.id) },
      order: { offreId: 'ASC' },
    });
    for (const a of autres) {
      const { from } = await this.lifecycle.apply(
        m,
        a.id,
        MerAction.EMBAUCHE_AILLEURS,
        { role: 'system' },
        {
          motif: 'Recruté(e) sur une autre offre',
        },
      );
      if (MER_VISIBLES_EMPLOYEUR.includes(from))
        await this.tri.prevenirEmployeur(m, a, 'embauche_ailleurs');
    }
  }

  private async informer(m: EntityManager, mer: MiseEnRelation, titre: string): Promise<void> {
    const nom = await this.notifier.jeuneNom(mer);
    await this.notifier.information(
      m,
      mer,
      `mer.recrutee:${mer.id}`,
      { jeuneId: mer.jeuneId },
      {
        sujet: `Félicitations : vous êtes recruté(e) pour « ${titre} »`,
        titre: 'Félicitations !',
        paragraphes: [
          'Bonjour,',
          `L’employeur nous confirme votre recrutement pour « ${titre} ».`,
          'Votre conseiller reste à vos côtés pour la suite.',
        ],
        sms: `La Mission Locale : felicitations, l'employeur confirme votre recrutement (${titre}) !`,
      },
    );
    const staff = [mer.creId, await this.notifier.conseillerId(mer)].filter(
      (x): x is string => !!x,
    );
    for (const userId of new Set(staff)) {
      await this.notifier.information(
        m,
        mer,
        `mer.recrutee-equipe:${mer.id}`,
        { userId },
        {
          sujet: `${nom} est recruté(e) : « ${titre} »`,
          titre: 'Un recrutement',
          paragraphes: ['Bonjour,', `${nom} est recruté(e) pour l’offre « ${titre} ».`],
          lien: this.notifier.lienApi(mer),
          libelleLien: 'Voir la mise en relation',
        },
      );
    }
  }
}

function contratValide(r: ReponseEmployeur): Contrat {
  const fail = (field: string, msg: string) => {
    throw DomainError.invalid(field, msg);
  };
  if (!r.typeContrat || !(TYPE_CONTRAT_CODES as readonly string[]).includes(r.typeContrat)) {
    fail('typeContrat', `Type de contrat : ${TYPE_CONTRAT_CODES.join(', ')}.`);
  }
  if (!isCalendarDay(r.dateDebut)) fail('dateDebut', 'Indiquez la date de début (AAAA-MM-JJ).');
  const aDuree = A_DUREE.includes(r.typeContrat!);
  if (aDuree && !isCalendarDay(r.dateFin))
    fail('dateFin', 'Un contrat à durée déterminée a une date de fin.');
  if (r.dateFin && r.dateFin < r.dateDebut!)
    fail('dateFin', 'La date de fin suit la date de début.');
  const heures = Number(r.heuresHebdo);
  if (!Number.isFinite(heures) || heures <= 0 || heures > 48)
    fail('heuresHebdo', 'Heures par semaine : entre 1 et 48.');
  return {
    typeContrat: r.typeContrat!,
    dateDebut: r.dateDebut!,
    dateFin: aDuree ? r.dateFin! : (r.dateFin ?? null),
    heuresHebdo: heures,
  };
}

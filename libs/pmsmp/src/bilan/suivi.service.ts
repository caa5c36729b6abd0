import { AuthUser, Clock, DOMAIN_EVENT, DomainError, OutboxService } from '@app/core';
import { NotificationsService, SignedLinksService } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EcheanceSuivi, SituationSuivi } from '../domain/pmsmp-codes';
import { JOURS_SUIVI, OBJECTIF_FAIT } from '../domain/pmsmp-faits';
import { ConventionSuivi } from '../entities/convention-suivi.entity';
import { Convention } from '../entities/convention.entity';
import { addDays, addMonths } from '../rules/calendrier';
import { PmsmpConfig } from '../pmsmp.config';

export const PURPOSE_SUIVI = 'pmsmp.suivi';
export const PATH_SUIVI = 'pmsmp/suivi';
export const DELAI_LIBELLE: Record<EcheanceSuivi, string> = {
  j15: '15 jours',
  m1: '1 mois',
  m3: '3 mois',
};

/** The échéances after the end of an immersion: +15 days, +1 month, +3 months. */
export const echeancesSuivi = (dateFin: string): Record<EcheanceSuivi, string> => ({
  j15: addDays(dateFin, 15),
  m1: addMonths(dateFin, 1),
  m3: addMonths(dateFin, 3),
});

/**
 * The jeune's situation after the immersion: asked by email and SMS (consent checked by
 * messaging), answered from a single-use link, or recorded by the conseiller.
 */
@Injectable()
export class SuiviService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly links: SignedLinksService,
    private readonly config: PmsmpConfig,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
  ) {}

  /** At validation: the three rows (a second call inserts nothing). */
  async planifier(m: EntityManager, c: Convention): Promise<void> {
    const dates = echeancesSuivi(c.dateFin);
    await m
      .createQueryBuilder()
      .insert()
      .into(ConventionSuivi)
      .values(
        (Object.keys(dates) as EcheanceSuivi[]).map((echeance) => ({
          conventionId: c.id,
          structureId: c.structureId,
          echeance,
          dueOn: dates[echeance],
        })),
      )
      .orIgnore()
      .execute();
  }

  async envoyer(m: EntityManager, c: Convention, s: ConventionSuivi): Promise<void> {
    const token = this.links.sign({
      purpose: PURPOSE_SUIVI,
      subject: `jeune:${c.jeuneId}`,
      resource: s.id,
      ttlSeconds: this.config.PMSMP_LIEN_JOURS * 86_400,
      singleUse: true,
    });
    await this.notifications.notify(m, {
      event: `pmsmp.suivi:${s.id}`,
      structureId: c.structureId,
      destinataire: { jeuneId: c.jeuneId },
      template: 'pmsmp_suivi',
      data: {
        prenom: c.contenu.beneficiaire.prenom,
        delai: DELAI_LIBELLE[s.echeance],
        lien: this.links.url(PATH_SUIVI, token),
      },
    });
    await m.getRepository(ConventionSuivi).update(s.id, { sentAt: this.clock.now() });
  }

  /** Records an answer once (link: `consume` in the same transaction; conseiller: may correct). */
  async repondre(
    where: { id: string } | { conventionId: string; echeance: EcheanceSuivi },
    situation: SituationSuivi,
    source: 'lien' | 'conseiller',
    consume?: (m: EntityManager) => Promise<unknown>,
  ): Promise<ConventionSuivi> {
    return this.dataSource.transaction(async (m) => {
      const s = await m
        .getRepository(ConventionSuivi)
        .findOne({ where, lock: { mode: 'pessimistic_write' } });
      if (!s) throw DomainError.notFound('Le suivi');
      if (source === 'lien' && s.situation) {
        throw new DomainError('LIEN_INVALIDE', 'Réponse déjà enregistrée.', {
          details: { raison: 'deja_utilise' },
        });
      }
      if (consume) await consume(m);
      const first = !s.situation;
      Object.assign(s, { situation, source, answeredAt: this.clock.now() });
      await m.getRepository(ConventionSuivi).save(s);
      // The report's fact: the first answer counts (a conseiller's later correction is not a new fact).
      if (first) await this.recordFact(m, s);
      return s;
    });
  }

  async parConseiller(
    user: AuthUser,
    conventionId: string,
    echeance: EcheanceSuivi,
    situation: SituationSuivi,
  ) {
    const c = await this.dataSource
      .getRepository(Convention)
      .findOneBy({ id: conventionId, structureId: user.structureId });
    if (!c) throw DomainError.notFound('La convention');
    return this.repondre({ conventionId, echeance }, situation, 'conseiller');
  }

  private async recordFact(m: EntityManager, s: ConventionSuivi): Promise<void> {
    const c = await m.getRepository(Convention).findOneByOrFail({ id: s.conventionId });
    await this.outbox.record(m, DOMAIN_EVENT.PMSMP_SITUATION, c.id, {
      pmsmpId: c.id,
      structureId: c.structureId,
      jeuneId: c.jeuneId,
      objectif: OBJECTIF_FAIT[c.objectif],
      echeanceJours: JOURS_SUIVI[s.echeance],
      enEmploi: s.situation === SituationSuivi.EMPLOI,
      at: this.clock.now().toISOString(),
    });
  }
}

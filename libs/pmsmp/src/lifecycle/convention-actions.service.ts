import { AuthUser, Clock, DomainError, Role } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SuiviService } from '../bilan/suivi.service';
import { ConventionStatut as S } from '../domain/pmsmp-codes';
import { Convention } from '../entities/convention.entity';
import { PmsmpConfig } from '../pmsmp.config';
import { parisToday } from '../rules/calendrier';
import { pasDeRetroactivite } from '../rules/convention-rules';
import { PmsmpNotifier } from '../signatures/pmsmp-notifier.service';
import { SignatureLinksService } from '../signatures/signature-links.service';
import { ConventionLifecycleService, interdite } from './convention-lifecycle.service';
import { ConventionAction } from './convention-transitions';
import { PmsmpParametresService } from './pmsmp-parametres.service';

/** The staff's actions on an agreement: submit, resend, visa, validate, refuse, cancel. */
@Injectable()
export class ConventionActionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lifecycle: ConventionLifecycleService,
    private readonly liens: SignatureLinksService,
    private readonly notifier: PmsmpNotifier,
    private readonly config: PmsmpConfig,
    private readonly suivis: SuiviService,
    private readonly parametres: PmsmpParametresService,
    private readonly clock: Clock,
  ) {}

  /** The draft goes out for signature: a personal link to every signatory. */
  soumettre(user: AuthUser, id: string): Promise<Convention> {
    return this.dataSource.transaction(async (m) => {
      const c = await this.lifecycle.lock(m, id, user.structureId);
      // A draft left aside past its start date is not sent as is: the dates are edited first.
      const [passe] = pasDeRetroactivite(
        c.dateDebut,
        parisToday(this.clock.now()),
        this.config.PMSMP_GRACE_JOURS,
      );
      if (passe && c.statut === S.BROUILLON) throw DomainError.invalid(passe.field, passe.message);
      await this.lifecycle.apply(m, c, ConventionAction.SOUMETTRE, { user, role: user.role });
      await this.liens.envoyer(m, c);
      return c;
    });
  }

  /** New links to the signatories still missing, not within the cooldown (24 h). */
  renvoyer(user: AuthUser, id: string): Promise<{ envoyes: number }> {
    return this.dataSource.transaction(async (m) => {
      const c = await this.lifecycle.lock(m, id, user.structureId);
      if (![S.A_SIGNER, S.PARTIELLEMENT_SIGNEE].includes(c.statut)) throw interdite(c, 'renvoyer');
      const depuis = c.liensEnvoyesAt
        ? (this.clock.now().getTime() - c.liensEnvoyesAt.getTime()) / 3_600_000
        : Infinity;
      if (depuis < this.config.PMSMP_RENVOI_HEURES) {
        const apres = new Date(
          c.liensEnvoyesAt!.getTime() + this.config.PMSMP_RENVOI_HEURES * 3_600_000,
        );
        throw new DomainError(
          'RATE_LIMITED',
          `Les liens ont été envoyés il y a moins de ${this.config.PMSMP_RENVOI_HEURES} heures : nouvel envoi possible après ${apres.toISOString()}.`,
          { retryAfterSeconds: Math.ceil((apres.getTime() - this.clock.now().getTime()) / 1000) },
        );
      }
      return { envoyes: await this.liens.envoyer(m, c, true) };
    });
  }

  /** First step where the structure validates in two: the conseiller's visa. */
  viser(user: AuthUser, id: string): Promise<Convention> {
    return this.dataSource.transaction(async (m) => {
      const c = await this.lifecycle.lock(m, id, user.structureId);
      if (!(await this.parametres.lire(c.structureId, m)).validationDeuxEtapes) {
        throw new DomainError(
          'PMSMP_TRANSITION_INTERDITE',
          'La structure valide en une étape : validez directement.',
          { details: { statut: c.statut } },
        );
      }
      if (c.valideeConseillerAt) throw interdite(c, 'viser');
      c.valideeConseillerPar = user.id;
      c.valideeConseillerAt = this.clock.now();
      await this.lifecycle.apply(m, c, ConventionAction.VISER, { user, role: user.role });
      return c;
    });
  }

  /** One step (conseiller or director), or the director after the conseiller's visa. */
  valider(user: AuthUser, id: string): Promise<Convention> {
    return this.dataSource.transaction(async (m) => {
      const c = await this.lifecycle.lock(m, id, user.structureId);
      const { validationDeuxEtapes } = await this.parametres.lire(c.structureId, m);
      if (validationDeuxEtapes && c.statut === S.SIGNEE) {
        if (!c.valideeConseillerAt) {
          throw new DomainError(
            'PMSMP_TRANSITION_INTERDITE',
            'Le conseiller vise la convention avant la validation par la direction.',
            { details: { statut: c.statut } },
          );
        }
        if (user.role !== Role.ADMIN)
          throw DomainError.forbidden(
            'La direction (administrateur) valide après le visa du conseiller.',
          );
      }
      await this.lifecycle.apply(m, c, ConventionAction.VALIDER, { user, role: user.role });
      await this.notifier.information(m, c, 'validée');
      await this.suivis.planifier(m, c);
      return c;
    });
  }

  refuser(user: AuthUser, id: string, motif: string): Promise<Convention> {
    return this.dataSource.transaction(async (m) => {
      const c = await this.lifecycle.lock(m, id, user.structureId);
      c.motifRefus = motif;
      await this.lifecycle.apply(
        m,
        c,
        ConventionAction.REFUSER,
        { user, role: user.role },
        { motif },
      );
      await this.notifier.information(m, c, 'refusée');
      return c;
    });
  }

  /** A validated agreement with an assessment is a record of what happened: it stays. */
  annuler(user: AuthUser, id: string, motif: string): Promise<Convention> {
    return this.dataSource.transaction(async (m) => {
      const c = await this.lifecycle.lock(m, id, user.structureId);
      if (c.statut === S.VALIDEE && c.bilan) {
        throw new DomainError(
          'PMSMP_TRANSITION_INTERDITE',
          'Une convention validée dont le bilan est rempli ne peut pas être annulée.',
          { details: { statut: c.statut, action: 'annuler' } },
        );
      }
      const from = c.statut;
      await this.lifecycle.apply(
        m,
        c,
        ConventionAction.ANNULER,
        { user, role: user.role },
        { motif },
      );
      if (from !== S.BROUILLON) await this.notifier.information(m, c, 'annulée');
      return c;
    });
  }
}

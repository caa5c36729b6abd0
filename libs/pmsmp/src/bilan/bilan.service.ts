import {
  Clock,
  DOMAIN_EVENT,
  DomainError,
  flattenValidationErrors,
  OutboxService,
} from '@app/core';
import { NotificationsService, SignedLinksService } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { ConventionStatut as S } from '../domain/pmsmp-codes';
import { OBJECTIF_FAIT, REALISATION_FAIT } from '../domain/pmsmp-faits';
import { Convention } from '../entities/convention.entity';
import { ConventionLifecycleService } from '../lifecycle/convention-lifecycle.service';
import { ConventionAction, ConventionActor } from '../lifecycle/convention-transitions';
import { PmsmpConfig } from '../pmsmp.config';
import { BilanDto } from './bilan.dto';

export const PURPOSE_BILAN = 'pmsmp.bilan';
export const PATH_BILAN = 'pmsmp/bilan';

/** The assessment at the end: the tutor's link (email + SMS), or the conseiller. */
@Injectable()
export class BilanService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly links: SignedLinksService,
    private readonly lifecycle: ConventionLifecycleService,
    private readonly config: PmsmpConfig,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
  ) {}

  async demander(m: EntityManager, c: Convention): Promise<void> {
    const token = this.links.sign({
      purpose: PURPOSE_BILAN,
      subject: 'pmsmp:tuteur',
      resource: c.id,
      ttlSeconds: this.config.PMSMP_LIEN_JOURS * 86_400,
      singleUse: true,
    });
    const t = c.contenu.tuteur;
    await this.notifications.notify(m, {
      event: `pmsmp.bilan:${c.id}`,
      structureId: c.structureId,
      destinataire: { email: t.email, telephone: t.telephone, nom: `${t.prenom} ${t.nom}` },
      template: 'pmsmp_bilan',
      data: {
        beneficiaire: `${c.contenu.beneficiaire.prenom} ${c.contenu.beneficiaire.nom}`,
        entreprise: c.contenu.accueil.raisonSociale,
        lien: this.links.url(PATH_BILAN, token),
      },
    });
  }

  /** Validates the form as the API would (French messages naming the field). */
  valider(body: unknown): BilanDto {
    const dto = plainToInstance(BilanDto, body ?? {});
    const errors = flattenValidationErrors(validateSync(dto, { whitelist: true }));
    if (dto.embauche && !dto.typeContrat) {
      errors.push({
        field: 'typeContrat',
        code: 'obligatoire',
        message: 'Précisez le contrat de l’embauche.',
      });
    }
    if (errors.length)
      throw new DomainError('VALIDATION', errors[0].message, { field: errors[0].field, errors });
    return dto;
  }

  /** Records the assessment once; `consume` uses the link in the same transaction. */
  async enregistrer(
    id: string,
    dto: BilanDto,
    acting: { role: ConventionActor; structureId?: string },
    consume?: (m: EntityManager) => Promise<unknown>,
  ): Promise<Convention> {
    return this.dataSource.transaction(async (m) => {
      const c = await this.lifecycle.lock(m, id, acting.structureId);
      if (c.statut !== S.VALIDEE || c.bilan) {
        throw new DomainError(
          'PMSMP_TRANSITION_INTERDITE',
          c.bilan ? 'Le bilan est déjà rempli.' : 'Le bilan se remplit sur une convention validée.',
          { details: { statut: c.statut, action: 'bilan' } },
        );
      }
      if (consume) await consume(m);
      c.bilan = {
        realisation: dto.realisation,
        heuresAbsence: dto.heuresAbsence,
        competencesObservees: dto.competencesObservees,
        embauche: dto.embauche,
        typeContrat: dto.embauche ? (dto.typeContrat ?? null) : null,
        commentaire: dto.commentaire ?? null,
      };
      c.bilanAt = this.clock.now();
      await this.lifecycle.apply(m, c, ConventionAction.BILAN, acting, {
        details: { bilan: c.bilan },
      });
      // The report's fact (libs/pilotage), with the assessment, in its transaction.
      await this.outbox.record(m, DOMAIN_EVENT.PMSMP_BILAN, c.id, {
        pmsmpId: c.id,
        structureId: c.structureId,
        objectif: OBJECTIF_FAIT[c.objectif],
        realisation: REALISATION_FAIT[c.bilan.realisation],
        at: c.bilanAt.toISOString(),
      });
      return c;
    });
  }
}

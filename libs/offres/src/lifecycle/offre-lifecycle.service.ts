import { AuthUser, Clock, DOMAIN_EVENT, DomainError, OutboxService, Role } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Offre } from '../offre.entity';
import { MOTIF_CLOTURE_LIBELLE, MotifCloture, OffreStatut, STATUT_LIBELLE } from '../offre-statut';
import { OffreTransition } from './offre-transition.entity';
import { Actor, OFFRE_TRANSITIONS, OffreAction } from './offre-transitions';

/** Who acts: a logged-in user, the system (a job), or an employer through a signed link. */
export interface Acting {
  user?: AuthUser;
  role: Actor | 'lien_employeur';
}

export interface TransitionRequest {
  motif?: string;
  motifCloture?: string;
}

@Injectable()
export class OffreLifecycleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  /** Applies one action from the transition table, in its own transaction unless given one. */
  async apply(
    offreId: string,
    action: OffreAction,
    acting: Acting,
    request: TransitionRequest = {},
    manager?: EntityManager,
  ): Promise<Offre> {
    if (!manager)
      return this.dataSource.transaction((m) => this.apply(offreId, action, acting, request, m));
    const repo = manager.getRepository(Offre);
    const offre = await repo.findOne({
      where: { id: offreId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!offre) throw DomainError.notFound("L'offre");

    const transition = OFFRE_TRANSITIONS[action];
    const actor: Actor = acting.role === 'lien_employeur' ? Role.EMPLOYEUR : acting.role;
    if (!transition.by.includes(actor)) {
      throw DomainError.forbidden(`Votre rôle ne permet pas l'action « ${action} » sur une offre.`);
    }
    if (!transition.from.includes(offre.statut)) {
      throw new DomainError(
        'OFFRE_TRANSITION_INTERDITE',
        `Action « ${action} » impossible : l'offre est ${STATUT_LIBELLE[offre.statut]}.`,
        { details: { statut: offre.statut, action } },
      );
    }
    const motif = this.motif(action, transition.motifRequis ?? false, request);
    const from = offre.statut;
    const now = this.clock.now();

    offre.statut = transition.to;
    if (transition.to === OffreStatut.PUBLIEE) {
      offre.publieeAt ??= now;
      offre.lastActivityAt = now;
      offre.expiryReminderSentAt = null;
      offre.motifCloture = null;
    }
    if (action === OffreAction.CLOTURER) offre.motifCloture = request.motifCloture as MotifCloture;
    await repo.save(offre);
    await this.log(manager, offre, action, from, acting, motif);
    // Extending a published offer changes nothing for matching: no event.
    if (transition.event && from !== transition.to) {
      await this.outbox.record(manager, transition.event, offre.id, {
        offreId: offre.id,
        version: offre.versionCriteres,
        statut: offre.statut,
      });
    }
    return offre;
  }

  async log(
    manager: EntityManager,
    offre: Offre,
    action: string,
    from: OffreStatut | null,
    acting: Acting,
    motif: string | null,
    changes: OffreTransition['changes'] = null,
  ): Promise<void> {
    const byUserId = acting.user?.id ?? null;
    const res = await manager.getRepository(OffreTransition).insert({
      offreId: offre.id,
      action,
      fromStatut: from,
      toStatut: offre.statut,
      byUserId,
      byRole: acting.role,
      motif,
      changes: changes as never,
    });
    // The yearly report's fact: the log row with what the offer was at that moment.
    const row = res.generatedMaps[0] as { id: string; at: Date };
    await this.outbox.record(manager, DOMAIN_EVENT.OFFRE_TRANSITION, offre.id, {
      transitionId: row.id,
      offreId: offre.id,
      structureId: offre.structureId,
      entrepriseId: offre.entrepriseId,
      action,
      fromStatut: from,
      toStatut: offre.statut,
      byUserId,
      codeRome: offre.codeRome,
      typeContrat: offre.typeContrat,
      at: new Date(row.at).toISOString(),
    });
  }

  private motif(action: OffreAction, required: boolean, request: TransitionRequest): string | null {
    if (action === OffreAction.CLOTURER) {
      const code = request.motifCloture as MotifCloture;
      if (!code || !(code in MOTIF_CLOTURE_LIBELLE)) {
        throw DomainError.invalid(
          'motifCloture',
          `Indiquez le motif de clôture : ${Object.values(MotifCloture).join(', ')}.`,
        );
      }
      const text = request.motif?.trim();
      if (code === MotifCloture.AUTRE && !text) {
        throw DomainError.invalid('motif', 'Précisez le motif de clôture « autre ».');
      }
      return text ? `${MOTIF_CLOTURE_LIBELLE[code]} : ${text}` : MOTIF_CLOTURE_LIBELLE[code];
    }
    const text = request.motif?.trim() || null;
    if (required && !text)
      throw DomainError.invalid('motif', 'Un motif est obligatoire pour cette action.');
    return text;
  }
}

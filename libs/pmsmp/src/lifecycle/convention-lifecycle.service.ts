import { AuthUser, Clock, DomainError, DOMAIN_EVENT, OutboxService } from '@app/core';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ConventionStatut, STATUT_LIBELLE } from '../domain/pmsmp-codes';
import { OBJECTIF_FAIT } from '../domain/pmsmp-faits';
import { ConventionTransition as Log } from '../entities/convention-transition.entity';
import { Convention } from '../entities/convention.entity';
import {
  CONVENTION_TRANSITIONS,
  ConventionAction,
  ConventionActor,
} from './convention-transitions';

export interface ConventionActing {
  user?: AuthUser;
  role: ConventionActor;
}

/**
 * Applies one row of CONVENTION_TRANSITIONS in the caller's transaction: locks the agreement,
 * checks the actor and the status (409 with it otherwise), writes the log row and the
 * `pmsmp.modifiee` event (the worker renders the PDF of the new state).
 */
@Injectable()
export class ConventionLifecycleService {
  constructor(
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
  ) {}

  async lock(m: EntityManager, id: string, structureId?: string): Promise<Convention> {
    const c = await m.getRepository(Convention).findOne({
      where: { id, ...(structureId ? { structureId } : {}) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!c) throw DomainError.notFound('La convention');
    return c;
  }

  async apply(
    m: EntityManager,
    c: Convention,
    action: ConventionAction,
    acting: ConventionActing,
    more: { motif?: string | null; details?: Record<string, unknown>; to?: ConventionStatut } = {},
  ): Promise<ConventionStatut> {
    const t = CONVENTION_TRANSITIONS[action];
    const role = acting.role.startsWith('lien_') ? 'lien' : acting.role;
    if (!t.by.includes(role as never)) {
      throw DomainError.forbidden(`Votre rôle ne permet pas l'action « ${action} ».`);
    }
    if (!t.from.includes(c.statut)) throw interdite(c, action);
    const from = c.statut;
    const now = this.clock.now();
    const to = more.to ?? t.to ?? c.statut;
    if (to !== from) {
      c.statut = to;
      c.statutAt = now;
      c.relances = 0;
    }
    c.updatedAt = now;
    await m.getRepository(Convention).save(c);
    await this.log(m, c, action, from, acting, more);
    return from;
  }

  async log(
    m: EntityManager,
    c: Convention,
    action: string,
    from: ConventionStatut | null,
    acting: ConventionActing,
    more: { motif?: string | null; details?: Record<string, unknown> } = {},
  ): Promise<void> {
    const inserted = await m.getRepository(Log).insert({
      conventionId: c.id,
      action,
      fromStatut: from,
      toStatut: c.statut,
      byUserId: acting.user?.id ?? null,
      byRole: acting.role,
      motif: more.motif?.trim() || null,
      // TypeORM's insert type does not accept a generic record: the column is jsonb.
      details: (more.details ?? null) as never,
      at: this.clock.now(),
    });
    await this.outbox.record(m, DOMAIN_EVENT.PMSMP_MODIFIEE, c.id, {
      conventionId: c.id,
      version: c.version,
    });
    // The report's fact (libs/pilotage): what this log row says, as it was at that moment.
    await this.outbox.record(m, DOMAIN_EVENT.PMSMP_TRANSITION, c.id, {
      transitionId: String(inserted.identifiers[0].id),
      pmsmpId: c.id,
      structureId: c.structureId,
      jeuneId: c.jeuneId,
      objectif: OBJECTIF_FAIT[c.objectif],
      fromStatut: from,
      toStatut: c.statut,
      at: this.clock.now().toISOString(),
    });
  }
}

export function interdite(c: Convention, action: string): DomainError {
  return new DomainError(
    'PMSMP_TRANSITION_INTERDITE',
    `Action « ${action} » impossible : la convention est ${STATUT_LIBELLE[c.statut]}.`,
    { details: { statut: c.statut, action } },
  );
}

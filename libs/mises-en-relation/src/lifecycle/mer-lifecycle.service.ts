import { AuthUser, Clock, DOMAIN_EVENT, DomainError, OutboxService } from '@app/core';
import { PropositionsService } from '@app/matching';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MerTransitionLog } from '../entities/mer-transition.entity';
import { Contrat, MiseEnRelation } from '../entities/mise-en-relation.entity';
import { MER_STATUT_LIBELLE, MerStatut } from './mer-statut';
import { MER_TRANSITIONS, MerAction, MerActor } from './mer-transitions';

/** Who acts: a logged-in user (role from the token), the system, or a signed link. */
export interface MerActing {
  user?: AuthUser;
  role: MerActor;
}

export interface MerChange {
  motifCode?: string | null;
  motif?: string | null;
  entretienAt?: Date;
  contrat?: Contrat;
}

/**
 * Applies one row of MER_TRANSITIONS in the caller's transaction: locks the MER, checks the
 * actor and the current status (409 with it otherwise), writes the log row and hands the step
 * to the matcher (PropositionsService.suivre), which alone decides what its proposal becomes.
 */
@Injectable()
export class MerLifecycleService {
  constructor(
    private readonly propositions: PropositionsService,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
  ) {}

  async apply(
    m: EntityManager,
    merId: string,
    action: MerAction,
    acting: MerActing,
    change: MerChange = {},
  ): Promise<{ mer: MiseEnRelation; from: MerStatut }> {
    const repo = m.getRepository(MiseEnRelation);
    const mer = await repo.findOne({ where: { id: merId }, lock: { mode: 'pessimistic_write' } });
    if (!mer) throw DomainError.notFound('La mise en relation');
    const t = MER_TRANSITIONS[action];
    if (!t.by.includes(acting.role)) {
      throw DomainError.forbidden(`Votre rôle ne permet pas l'action « ${action} ».`);
    }
    if (!t.from.includes(mer.statut)) throw interdite(mer, action);
    const from = mer.statut;
    const now = this.clock.now();
    mer.statut = t.to;
    mer.statutAt = now;
    mer.updatedAt = now;
    mer.relances = 0;
    if (change.motifCode !== undefined) mer.motifCode = change.motifCode;
    if (change.motif !== undefined) mer.motif = change.motif?.trim() || null;
    if (change.entretienAt) mer.entretienAt = change.entretienAt;
    if (change.contrat) mer.contrat = change.contrat;
    if (action === MerAction.RETENIR && acting.user) mer.creId = acting.user.id;
    await repo.save(mer);
    await this.log(m, mer, action, from, acting, change);
    // The proposal follows; what that means for it is the matcher's table (suivre), not ours.
    if (t.proposition) {
      await this.propositions.suivre(mer.propositionId, t.proposition, {
        motif: mer.motif ?? MER_STATUT_LIBELLE[mer.statut],
        manager: m,
      });
    }
    return { mer, from };
  }

  async log(
    m: EntityManager,
    mer: MiseEnRelation,
    action: string,
    from: MerStatut | null,
    acting: MerActing,
    change: MerChange = {},
  ): Promise<void> {
    const details = {
      ...(change.entretienAt ? { entretienAt: change.entretienAt.toISOString() } : {}),
      ...(change.contrat ? { contrat: change.contrat } : {}),
    };
    const at = this.clock.now();
    const res = await m.getRepository(MerTransitionLog).insert({
      merId: mer.id,
      action,
      fromStatut: from,
      toStatut: mer.statut,
      byUserId: acting.user?.id ?? null,
      byRole: acting.role,
      motifCode: change.motifCode ?? null,
      motif: change.motif?.trim() || null,
      details: Object.keys(details).length ? details : null,
      at,
    });
    // The yearly report's fact: the log row with what was true at that moment.
    await this.outbox.record(m, DOMAIN_EVENT.MER_TRANSITION, mer.id, {
      transitionId: (res.identifiers[0] as { id: string }).id,
      merId: mer.id,
      offreId: mer.offreId,
      jeuneId: mer.jeuneId,
      structureId: mer.structureId,
      creId: mer.creId,
      action,
      fromStatut: from,
      toStatut: mer.statut,
      byRole: acting.role,
      motifCode: change.motifCode ?? null,
      typeContrat: change.contrat?.typeContrat ?? null,
      at: at.toISOString(),
    });
  }
}

export function interdite(mer: MiseEnRelation, action: string): DomainError {
  return new DomainError(
    'MER_TRANSITION_INTERDITE',
    `Action « ${action} » impossible : la mise en relation est ${MER_STATUT_LIBELLE[mer.statut]}.`,
    { details: { statut: mer.statut, action } },
  );
}

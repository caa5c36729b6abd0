import { Clock } from '@app/core';
import {
  Proposition,
  PROPOSITION_ACTIVE,
  PropositionsService,
  PropositionStatut,
} from '@app/matching';
import { OffresService } from '@app/offres';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MiseEnRelation } from '../entities/mise-en-relation.entity';
import { MerConfig } from '../mer.config';
import { MerLifecycleService } from './mer-lifecycle.service';
import { MER_OUVERTES, MerStatut } from './mer-statut';
import { MerAction } from './mer-transitions';
import { transaction } from './mer-tx';

const DAY = 86_400_000;

/**
 * The handoff from the matcher: one MER per proposal, created when `proposition.creee` arrives
 * (the matcher records it in the transaction that makes the proposal), or in the same
 * transaction for a CRE's hand proposal. Reads never create anything. A proposal the matcher
 * ends on its own (criteria, jeune no longer proposable, anonymised) sends
 * `proposition.cloturee`: the MER still open on it ends `annulee`.
 */
@Injectable()
export class MerCreationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly propositions: PropositionsService,
    private readonly offres: OffresService,
    private readonly lifecycle: MerLifecycleService,
    private readonly config: MerConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * `proposition.creee`. The proposal is read under a share lock: a closing that commits first is
   * seen (no MER for a proposal already closed), one that comes after waits for this MER, so its
   * `proposition.cloturee` finds it. Idempotent (unique proposal id): a replay creates nothing.
   */
  async depuisProposition(propositionId: string): Promise<'creee' | 'existante' | 'close'> {
    return transaction(this.dataSource, async (m) => {
      const p = await this.propositions.verrouiller(propositionId, m);
      if (!p || p.statut !== PropositionStatut.OUVERTE) return 'close';
      return (await this.creer(m, p)) ? 'creee' : 'existante';
    });
  }

  /** In the caller's transaction; returns the new MER, or null when the proposal already has one. */
  async creer(m: EntityManager, p: Proposition): Promise<MiseEnRelation | null> {
    const offre = await this.offres.getById(p.offreId, m);
    if (!offre) return null;
    const now = this.clock.now();
    const since = new Date(now.getTime() - this.config.MER_ALERTE_ENTREPRISE_JOURS * DAY);
    const recent: unknown[] = await m.query(
      `SELECT 1 FROM mises_en_relation WHERE jeune_id = $1 AND entreprise_id = $2
         AND offre_id <> $3 AND statut <> 'proposee' AND statut_at >= $4 LIMIT 1`,
      [p.jeuneId, offre.entrepriseId, p.offreId, since],
    );
    const res = await m
      .createQueryBuilder()
      .insert()
      .into(MiseEnRelation)
      .values({
        propositionId: p.id,
        offreId: p.offreId,
        jeuneId: p.jeuneId,
        entrepriseId: offre.entrepriseId,
        structureId: p.structureId,
        jeuneStructureId: p.jeuneStructureId,
        statut: MerStatut.PROPOSEE,
        statutAt: p.createdAt,
        // Copied: a proposal's score and reasons never change; the lists need no join.
        score: p.score,
        raisons: p.raisons,
        detail: p.detail as never,
        origine: p.origine,
        alerteEntreprise: recent.length > 0,
        createdAt: p.createdAt,
        updatedAt: now,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = res.raw[0]?.id as string | undefined;
    if (!id) return null;
    const mer = await m.getRepository(MiseEnRelation).findOneByOrFail({ id });
    const motif = p.origine === 'cre' ? 'Proposée par un CRE' : 'Proposée par le matching';
    await this.lifecycle.log(m, mer, 'creation', null, { role: 'system' }, { motif });
    return mer;
  }

  /**
   * `proposition.cloturee`: when the matcher ended the proposal on its own, the MER still open
   * on it ends `annulee` with the matcher's reason. A MER that drove the ending is already closed.
   */
  async apresCloture(propositionId: string): Promise<'annulee' | 'rien'> {
    return transaction(this.dataSource, async (m) => {
      const mer = await m
        .getRepository(MiseEnRelation)
        .findOne({ where: { propositionId }, lock: { mode: 'pessimistic_write' } });
      if (!mer || !MER_OUVERTES.includes(mer.statut)) return 'rien';
      const p = await this.propositions.get(propositionId, m);
      if (!p || PROPOSITION_ACTIVE.includes(p.statut)) return 'rien';
      await this.lifecycle.apply(
        m,
        mer.id,
        MerAction.ANNULER,
        { role: 'system' },
        {
          motif: p.motif ?? 'Proposition close par le matching',
        },
      );
      return 'annulee';
    });
  }
}

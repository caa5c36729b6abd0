import { AuthUser, Clock, DOMAIN_EVENT, DomainError, OutboxService } from '@app/core';
import { OffresService } from '@app/offres';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere, In } from 'typeorm';
import { AccordsVoisinageService } from '../accords/accords-voisinage.service';
import { Proposition } from '../entities/proposition.entity';
import {
  PROPOSITION_ACTIVE,
  PROPOSITION_STATUT_LIBELLE,
  PROPOSITION_TRANSITIONS,
  PropositionStatut,
} from './proposition-statut';
import { insererManuelle } from './proposition-manuelle';
import {
  synchroniserJeunes,
  updateReturning,
  verrouillerJeunes,
  verrouillerOffres,
} from './verrous';

/**
 * The proposals, for the mises en relation (issue 7) and the CRE's screen: list them, move them
 * along the transition table, close them. Every ending records `proposition.cloturee` in the
 * caller's transaction: the worker then tops the offer up (if it is still open).
 */
@Injectable()
export class PropositionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly offres: OffresService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly accords: AccordsVoisinageService,
  ) {}

  /**
   * For a CRE of the offer's structure (404 otherwise), best first. Checked at read time: a
   * jeune of a structure no longer in agreement with the CRE's is not shown.
   */
  async listerPourUtilisateur(offreId: string, user: AuthUser): Promise<Proposition[]> {
    await this.offres.getForUser(offreId, user);
    const accessibles = new Set(await this.accords.accessibles(user.structureId));
    return (await this.lister(offreId)).filter((p) => accessibles.has(p.jeuneStructureId));
  }

  /** System-level (no tenancy check): the caller has checked access. */
  lister(offreId: string, statuts?: PropositionStatut[], manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(Proposition).find({
      where: { offreId, ...(statuts ? { statut: In(statuts) } : {}) },
      order: { score: 'DESC', createdAt: 'ASC' },
    });
  }

  /** System-level search (the mises en relation): any combination of the filters, oldest first. */
  rechercher(
    filtre: {
      ids?: string[];
      offreId?: string;
      jeuneId?: string;
      structureId?: string;
      statuts?: PropositionStatut[];
    },
    manager?: EntityManager,
  ): Promise<Proposition[]> {
    const where: FindOptionsWhere<Proposition> = {};
    if (filtre.ids) where.id = In(filtre.ids);
    if (filtre.offreId) where.offreId = filtre.offreId;
    if (filtre.jeuneId) where.jeuneId = filtre.jeuneId;
    if (filtre.structureId) where.structureId = filtre.structureId;
    if (filtre.statuts) where.statut = In(filtre.statuts);
    return (manager ?? this.dataSource.manager)
      .getRepository(Proposition)
      .find({ where, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /**
   * A proposal made by a CRE by hand (no score): it holds a slot like the matcher's, and the
   * unique (offer, jeune) key refuses a second one (409).
   */
  async proposerManuellement(
    offreId: string,
    jeuneId: string,
    jeuneStructureId: string,
    options: { motif?: string; manager?: EntityManager } = {},
  ): Promise<Proposition> {
    if (!options.manager) {
      return this.dataSource.transaction((m) =>
        this.proposerManuellement(offreId, jeuneId, jeuneStructureId, { ...options, manager: m }),
      );
    }
    const [offre] = await this.offres.findPublishedForMatching({ ids: [offreId], limit: 1 });
    if (!offre) throw DomainError.notFound("L'offre publiée");
    return insererManuelle(options.manager, this.outbox, {
      offre,
      jeuneId,
      jeuneStructureId,
      motif: options.motif?.trim() || null,
      now: this.clock.now(),
    });
  }

  get(id: string, manager?: EntityManager): Promise<Proposition | null> {
    return (manager ?? this.dataSource.manager).getRepository(Proposition).findOneBy({ id });
  }

  /**
   * Reads the proposal under a share lock, in the caller's transaction: its status cannot change
   * before that transaction ends (a closing waits), so what the caller derives from it holds.
   */
  verrouiller(id: string, manager: EntityManager): Promise<Proposition | null> {
    return manager
      .getRepository(Proposition)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_read' } });
  }

  /**
   * Moves a proposal (ouverte → retenue / ecartee…, retenue → declinee / sans_reponse…): 409 with
   * the current status when the table forbids it. Joins the caller's transaction when given one.
   */
  marquer(
    id: string,
    statut: PropositionStatut,
    options: { motif?: string; manager?: EntityManager } = {},
  ): Promise<Proposition> {
    return this.deplacer(id, statut, options, false);
  }

  /**
   * The step of the mise en relation that drives this proposal, read by the matcher's own table
   * (the MER module never picks a proposal's status itself): the same status again changes
   * nothing; an ending asked of a proposal that already ended keeps the proposal's own ending
   * (the offer closed, the jeune no longer fits…); anything else the table refuses is a 409.
   */
  suivre(
    id: string,
    statut: PropositionStatut,
    options: { motif?: string; manager?: EntityManager } = {},
  ): Promise<Proposition> {
    return this.deplacer(id, statut, options, true);
  }

  private async deplacer(
    id: string,
    statut: PropositionStatut,
    options: { motif?: string; manager?: EntityManager },
    suivre: boolean,
  ): Promise<Proposition> {
    if (!options.manager) {
      return this.dataSource.transaction((m) =>
        this.deplacer(id, statut, { ...options, manager: m }, suivre),
      );
    }
    const m = options.manager;
    const found = await this.get(id, m);
    if (!found) throw DomainError.notFound('La proposition');
    // Jeune first, then the proposal: the lock order of verrous.ts.
    await verrouillerJeunes(m, [found.jeuneId]);
    const repo = m.getRepository(Proposition);
    const current = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!current) throw DomainError.notFound('La proposition');
    const active = (x: PropositionStatut) => PROPOSITION_ACTIVE.includes(x);
    if (suivre && (current.statut === statut || (!active(current.statut) && !active(statut)))) {
      return current;
    }
    if (!PROPOSITION_TRANSITIONS[current.statut].includes(statut)) {
      throw new DomainError(
        'PROPOSITION_TRANSITION_INTERDITE',
        `La proposition est ${PROPOSITION_STATUT_LIBELLE[current.statut]} : elle ne peut pas passer à « ${PROPOSITION_STATUT_LIBELLE[statut]} ».`,
        { details: { statut: current.statut } },
      );
    }
    const now = this.clock.now();
    const ending = !PROPOSITION_ACTIVE.includes(statut);
    current.statut = statut;
    current.motif = options.motif?.trim() || current.motif;
    current.updatedAt = now;
    if (ending) current.clotureeAt = now;
    await repo.save(current);
    if (ending) {
      await synchroniserJeunes(m, [current.jeuneId]);
      await this.outbox.record(m, DOMAIN_EVENT.PROPOSITION_CLOTUREE, current.offreId, {
        propositionId: current.id,
        offreId: current.offreId,
        statut,
      });
    }
    return current;
  }

  /** The offer left `publiee`: its active proposals end (`fermee`), their jeunes are free again. */
  async fermerPourOffre(offreId: string, motif = "l'offre n'est plus ouverte"): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      await verrouillerOffres(m, [offreId]);
      const actives = await this.lister(offreId, PROPOSITION_ACTIVE, m);
      const jeunes = actives.map((p) => p.jeuneId);
      await verrouillerJeunes(m, jeunes);
      const now = this.clock.now();
      const rows = await updateReturning(
        m,
        `UPDATE propositions SET statut = 'fermee', motif = $2, updated_at = $3, cloturee_at = $3
         WHERE offre_id = $1 AND statut IN ('ouverte', 'retenue') RETURNING id`,
        [offreId, motif, now],
      );
      await synchroniserJeunes(m, jeunes);
      return rows.length;
    });
  }
}

import { StructuresService } from '@app/accounts';
import { AuthUser, Clock, DomainError } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { ACCORD_EN_COURS, ACCORD_TRANSITIONS, AccordStatut } from './accord-transitions';
import { AccordTransition, AccordVoisinage } from './accord-voisinage.entity';

/**
 * Agreements between neighbouring structures. Read at every use (no cache): a revoked agreement
 * closes the other structure's jeunes at the next read, in the API and in the worker alike.
 */
@Injectable()
export class AccordsVoisinageService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly structures: StructuresService,
    private readonly clock: Clock,
  ) {}

  /** For each structure, the structures it has an accepted agreement with. */
  async partenaires(structureIds: string[]): Promise<Map<string, Set<string>>> {
    const out = new Map(structureIds.map((id) => [id, new Set<string>()]));
    if (structureIds.length === 0) return out;
    const rows: { a: string; b: string }[] = await this.dataSource.query(
      `SELECT "demandeur_id" AS a, "partenaire_id" AS b FROM "matching_accords"
       WHERE "statut" = $2 AND ("demandeur_id" = ANY($1) OR "partenaire_id" = ANY($1))`,
      [structureIds, AccordStatut.ACCEPTEE],
    );
    for (const { a, b } of rows) {
      out.get(a)?.add(b);
      out.get(b)?.add(a);
    }
    return out;
  }

  /** The structures whose jeunes this structure's staff may see: itself and its partners. */
  async accessibles(structureId: string): Promise<string[]> {
    return [structureId, ...((await this.partenaires([structureId])).get(structureId) ?? [])];
  }

  lister(user: AuthUser): Promise<AccordVoisinage[]> {
    return this.dataSource.getRepository(AccordVoisinage).find({
      where: [{ demandeurId: user.structureId }, { partenaireId: user.structureId }],
      order: { createdAt: 'DESC' },
    });
  }

  async proposer(user: AuthUser, partenaireId: string): Promise<AccordVoisinage> {
    if (partenaireId === user.structureId) {
      throw DomainError.invalid(
        'structureId',
        'Une structure ne peut pas s’accorder avec elle-même.',
      );
    }
    if (!(await this.structures.getById(partenaireId))) {
      throw DomainError.invalid('structureId', '« structureId » : structure inconnue.');
    }
    return this.dataSource.transaction(async (m) => {
      // One agreement in progress per pair, whichever side proposed it: serialise on the pair.
      const paire = [user.structureId, partenaireId].sort().join(':');
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`accord:${paire}`]);
      const existant = await m.getRepository(AccordVoisinage).findOne({
        where: [
          { demandeurId: user.structureId, partenaireId, statut: In(ACCORD_EN_COURS) },
          {
            demandeurId: partenaireId,
            partenaireId: user.structureId,
            statut: In(ACCORD_EN_COURS),
          },
        ],
      });
      if (existant) {
        throw new DomainError('CONFLICT', 'Un accord avec cette structure est déjà en cours.', {
          details: { accordId: existant.id, statut: existant.statut },
        });
      }
      const now = this.clock.now();
      const accord = await m.getRepository(AccordVoisinage).save({
        demandeurId: user.structureId,
        partenaireId,
        statut: AccordStatut.PROPOSEE,
        createdAt: now,
        updatedAt: now,
      });
      await this.journal(m, accord, null, user);
      return accord;
    });
  }

  /** Accept, refuse or revoke, by the transition table. */
  async changer(user: AuthUser, id: string, to: AccordStatut): Promise<AccordVoisinage> {
    return this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(AccordVoisinage);
      const accord = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      const cote =
        accord?.demandeurId === user.structureId
          ? 'demandeur'
          : accord?.partenaireId === user.structureId
            ? 'partenaire'
            : null;
      if (!accord || !cote) throw DomainError.notFound("L'accord");
      const rule = ACCORD_TRANSITIONS.find((t) => t.from === accord.statut && t.to === to);
      if (!rule || (rule.par !== 'l_un_ou_l_autre' && rule.par !== cote)) {
        throw new DomainError(
          'ACCORD_TRANSITION_INTERDITE',
          `Impossible de passer cet accord de « ${accord.statut} » à « ${to} » depuis votre structure.`,
          { details: { statut: accord.statut } },
        );
      }
      const from = accord.statut;
      accord.statut = to;
      accord.updatedAt = this.clock.now();
      await repo.save(accord);
      await this.journal(m, accord, from, user);
      return accord;
    });
  }

  private async journal(
    m: EntityManager,
    accord: AccordVoisinage,
    from: AccordStatut | null,
    user: AuthUser,
  ): Promise<void> {
    await m.getRepository(AccordTransition).insert({
      accordId: accord.id,
      fromStatut: from,
      toStatut: accord.statut,
      byUserId: user.id,
      byStructureId: user.structureId,
      at: accord.updatedAt,
    });
  }
}

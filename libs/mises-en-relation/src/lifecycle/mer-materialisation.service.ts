import { Clock } from '@app/core';
import { PropositionsService, PropositionStatut } from '@app/matching';
import { OffresService } from '@app/offres';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { MiseEnRelation } from '../entities/mise-en-relation.entity';
import { MerConfig } from '../mer.config';
import { MerLifecycleService } from './mer-lifecycle.service';
import { MerStatut } from './mer-statut';
import { MerAction } from './mer-transitions';

const DAY = 86_400_000;

/**
 * One MER per proposal, created from it: the matcher writes proposals without knowing about
 * MERs, so this reads its open proposals (through PropositionsService) and creates the missing
 * rows (`proposee`), and closes the `proposee` MERs whose proposal the matcher ended meanwhile.
 * Run before each screening read and by the sweep; idempotent (unique proposal id).
 */
@Injectable()
export class MerMaterialisationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly propositions: PropositionsService,
    private readonly offres: OffresService,
    private readonly lifecycle: MerLifecycleService,
    private readonly config: MerConfig,
    private readonly clock: Clock,
  ) {}

  async synchroniser(structureId?: string): Promise<{ creees: number; annulees: number }> {
    const ouvertes = await this.propositions.rechercher({
      structureId,
      statuts: [PropositionStatut.OUVERTE],
    });
    const repo = this.dataSource.getRepository(MiseEnRelation);
    const connues = new Set(
      (
        await repo.find({
          select: { propositionId: true },
          where: { propositionId: In(ouvertes.map((p) => p.id)) },
        })
      ).map((r) => r.propositionId),
    );
    let creees = 0;
    for (const p of ouvertes.filter((x) => !connues.has(x.id))) {
      const offre = await this.offres.getById(p.offreId);
      if (!offre) continue;
      const since = new Date(
        this.clock.now().getTime() - this.config.MER_ALERTE_ENTREPRISE_JOURS * DAY,
      );
      const recent: unknown[] = await this.dataSource.query(
        `SELECT 1 FROM mises_en_relation WHERE jeune_id = $1 AND entreprise_id = $2
           AND offre_id <> $3 AND statut <> 'proposee' AND statut_at >= $4 LIMIT 1`,
        [p.jeuneId, offre.entrepriseId, p.offreId, since],
      );
      creees += await this.dataSource.transaction(async (m) => {
        const now = this.clock.now();
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
        if (!id) return 0;
        const mer = await m.getRepository(MiseEnRelation).findOneByOrFail({ id });
        await this.lifecycle.log(
          m,
          mer,
          'creation',
          null,
          { role: 'system' },
          {
            motif: p.origine === 'cre' ? 'Proposée par un CRE' : 'Proposée par le matching',
          },
        );
        return 1;
      });
    }
    return { creees, annulees: await this.fermerOrphelines(structureId) };
  }

  /** `proposee` MERs whose proposal the matcher closed: they end `annulee`. */
  private async fermerOrphelines(structureId?: string): Promise<number> {
    const proposees = await this.dataSource.getRepository(MiseEnRelation).find({
      where: { statut: MerStatut.PROPOSEE, ...(structureId ? { structureId } : {}) },
    });
    if (proposees.length === 0) return 0;
    const props = await this.propositions.rechercher({
      ids: proposees.map((m) => m.propositionId),
    });
    const fermees = new Map(
      props.filter((p) => p.statut !== PropositionStatut.OUVERTE).map((p) => [p.id, p]),
    );
    let n = 0;
    for (const mer of proposees.filter((x) => fermees.has(x.propositionId))) {
      const p = fermees.get(mer.propositionId)!;
      await this.dataSource.transaction(async (m) => {
        const current = await m.getRepository(MiseEnRelation).findOneBy({ id: mer.id });
        if (current?.statut !== MerStatut.PROPOSEE) return;
        await this.lifecycle.apply(
          m,
          mer.id,
          MerAction.ANNULER,
          { role: 'system' },
          {
            motif: p.motif ?? 'Proposition close par le matching',
          },
        );
        n++;
      });
    }
    return n;
  }
}

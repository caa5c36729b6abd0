import { StructuresService } from '@app/accounts';
import { Clock, DomainError } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccordsVoisinageService } from '../accords/accords-voisinage.service';
import { MatchingReglage } from '../entities/matching-reglage.entity';
import { MatchingConfig } from '../matching.config';
import { fusionnerPoids, Poids, poidsDeConfig, validerPoids } from '../scoring/poids';

const CACHE_MS = 30_000;

export interface Reglage {
  poids: Poids;
  /** The structures whose jeunes the structure's offers go to: itself, then its neighbours. */
  perimetre: string[];
}

/**
 * Per-structure settings: weights over the configuration's, and the scope of its offers. A
 * neighbour in `structuresVoisines` counts only while an accepted agreement joins the two.
 */
@Injectable()
export class ReglagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: MatchingConfig,
    private readonly clock: Clock,
    private readonly accords: AccordsVoisinageService,
    private readonly structures: StructuresService,
  ) {}

  /** A short cache: settings change rarely, and each match reads them. */
  private cache = new Map<string, { at: number; reglage: Reglage }>();

  /**
   * The settings, with each perimeter cut to the neighbours an accepted agreement still allows:
   * the wish list (`structuresVoisines`) is cached, the agreements are read every time.
   */
  async pour(structureIds: string[]): Promise<Map<string, Reglage>> {
    const souhaits = await this.souhaits(structureIds);
    const accords = await this.accords.partenaires([...souhaits.keys()]);
    return new Map(
      [...souhaits].map(([id, r]) => [
        id,
        { ...r, perimetre: r.perimetre.filter((s) => s === id || accords.get(id)?.has(s)) },
      ]),
    );
  }

  private async souhaits(structureIds: string[]): Promise<Map<string, Reglage>> {
    const now = Date.now();
    const out = new Map<string, Reglage>();
    const missing: string[] = [];
    for (const id of new Set(structureIds)) {
      const hit = this.cache.get(id);
      if (hit && now - hit.at < CACHE_MS) out.set(id, hit.reglage);
      else missing.push(id);
    }
    if (missing.length === 0) return out;
    for (const [id, reglage] of await this.charger(missing)) {
      this.cache.set(id, { at: now, reglage });
      out.set(id, reglage);
    }
    return out;
  }

  private async charger(ids: string[]): Promise<Map<string, Reglage>> {
    const rows = ids.length
      ? await this.dataSource
          .getRepository(MatchingReglage)
          .createQueryBuilder('r')
          .where('r.structureId = ANY(:ids)', { ids })
          .getMany()
      : [];
    const base = poidsDeConfig(this.config);
    const byId = new Map(rows.map((r) => [r.structureId, r]));
    return new Map(
      ids.map((id) => {
        const r = byId.get(id);
        const voisines = (r?.structuresVoisines ?? []).filter((v) => v !== id);
        return [id, { poids: fusionnerPoids(base, r?.poids), perimetre: [id, ...voisines] }];
      }),
    );
  }

  /** The structures whose offers may go to this structure's jeunes (itself and those open to it). */
  async structuresOuvertesA(structureId: string): Promise<string[]> {
    const rows: { structure_id: string }[] = await this.dataSource.query(
      `SELECT structure_id FROM matching_reglages WHERE $1 = ANY(structures_voisines)`,
      [structureId],
    );
    const accords = (await this.accords.partenaires([structureId])).get(structureId)!;
    return [
      structureId,
      ...rows.map((r) => r.structure_id).filter((s) => s !== structureId && accords.has(s)),
    ];
  }

  /** Structures grouped by shared scope (connected through neighbour links), for the sweep. */
  async groupes(): Promise<Map<string, string>> {
    const rows: { structure_id: string; structures_voisines: string[] }[] =
      await this.dataSource.query(
        `SELECT structure_id, structures_voisines FROM matching_reglages WHERE cardinality(structures_voisines) > 0`,
      );
    const accords = await this.accords.partenaires(rows.map((r) => r.structure_id));
    const parent = new Map<string, string>();
    const find = (x: string): string => {
      while ((parent.get(x) ?? x) !== x) x = parent.get(x)!;
      return x;
    };
    for (const r of rows)
      for (const v of r.structures_voisines)
        if (accords.get(r.structure_id)?.has(v)) parent.set(find(v), find(r.structure_id));
    return new Map([...parent.keys()].map((k) => [k, find(k)]));
  }

  /** `structuresVoisines`: the wish list; `perimetreEffectif`: those an accepted agreement allows. */
  async lire(
    structureId: string,
  ): Promise<{ poids: Poids; structuresVoisines: string[]; perimetreEffectif: string[] }> {
    const souhait = (await this.souhaits([structureId])).get(structureId)!;
    const effectif = (await this.pour([structureId])).get(structureId)!;
    return {
      poids: souhait.poids,
      structuresVoisines: souhait.perimetre.slice(1),
      perimetreEffectif: effectif.perimetre.slice(1),
    };
  }

  async definir(
    structureId: string,
    input: { poids?: Record<string, unknown>; structuresVoisines?: string[] },
  ): Promise<{ poids: Poids; structuresVoisines: string[]; perimetreEffectif: string[] }> {
    const repo = this.dataSource.getRepository(MatchingReglage);
    const current = await repo.findOneBy({ structureId });
    const poids = input.poids ? validerPoids(input.poids) : (current?.poids ?? {});
    const voisines = input.structuresVoisines ?? current?.structuresVoisines ?? [];
    if (voisines.includes(structureId)) {
      throw DomainError.invalid(
        'structuresVoisines',
        'Une structure ne peut pas être sa propre voisine.',
      );
    }
    for (const [i, id] of voisines.entries()) {
      if (!(await this.structures.getById(id))) {
        throw DomainError.invalid(
          `structuresVoisines[${i}]`,
          `« structuresVoisines[${i}] » : structure inconnue.`,
        );
      }
    }
    await repo.save({
      structureId,
      poids,
      structuresVoisines: [...new Set(voisines)],
      updatedAt: this.clock.now(),
    });
    this.cache.clear();
    return this.lire(structureId);
  }
}

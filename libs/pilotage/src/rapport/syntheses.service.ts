import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { calculerPartiels, Partiel, Perimetre, vide } from './partiel';

/** Bounded: a cold network report computes its missing parts in slices of this many structures. */
const TRANCHE = 500;

/**
 * Each structure's part of a report, kept per period and filters with the structure's read model
 * version (pilotage_versions, +1 with every new fact, in the facts' transaction): a part is used
 * only while no fact of its structure came since, so figures are never stale; the missing or
 * stale parts are computed in one set-based pass and kept.
 */
@Injectable()
export class SynthesesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async partiels(p: Perimetre): Promise<Map<string, Partiel>> {
    const cle = [p.du, p.au, p.creId ?? '', p.domaine ?? ''].join('|');
    const gardes: { structure_id: string; partiel: Partiel }[] = await this.dataSource.query(
      `SELECT s.structure_id, s.partiel FROM pilotage_syntheses s
       LEFT JOIN pilotage_versions v ON v.structure_id = s.structure_id
       WHERE s.structure_id = ANY($1) AND s.cle = $2 AND s.version = coalesce(v.version, 0)`,
      [p.structureIds, cle],
    );
    const trouves = new Set(gardes.map((g) => g.structure_id));
    const manquants = p.structureIds.filter((id) => !trouves.has(id));
    const parts = new Map(gardes.map((g) => [g.structure_id, g.partiel]));
    for (let i = 0; i < manquants.length; i += TRANCHE) {
      const ids = manquants.slice(i, i + TRANCHE);
      const calcules = await this.calculer({ ...p, structureIds: ids }, cle);
      ids.forEach((id, k) => parts.set(id, calcules[k]));
    }
    return parts;
  }

  private async calculer(p: Perimetre, cle: string): Promise<Partiel[]> {
    // The versions before the facts are read: a fact arriving meanwhile makes the part stale.
    const versions = new Map<string, string>(
      (
        await this.dataSource.query(
          'SELECT structure_id, version FROM pilotage_versions WHERE structure_id = ANY($1)',
          [p.structureIds],
        )
      ).map((r: { structure_id: string; version: string }) => [r.structure_id, r.version]),
    );
    const calcules = await calculerPartiels(this.dataSource, p);
    const parts = p.structureIds.map((id) => calcules.get(id) ?? vide());
    await this.dataSource.query(
      `INSERT INTO pilotage_syntheses AS s (structure_id, cle, version, partiel)
       SELECT u.id, $2, u.version, u.partiel::jsonb
       FROM unnest($1::uuid[], $3::bigint[], $4::text[]) AS u(id, version, partiel)
       ON CONFLICT (structure_id, cle) DO UPDATE
         SET version = EXCLUDED.version, partiel = EXCLUDED.partiel, calcule_at = now()`,
      [
        p.structureIds,
        cle,
        p.structureIds.map((id) => versions.get(id) ?? '0'),
        parts.map((x) => JSON.stringify(x)),
      ],
    );
    return parts;
  }
}

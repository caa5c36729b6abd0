import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A structure's read model version: +1 in the transaction of every new fact of it. A part kept
 * for an older version is stale (figures never come from a stale part).
 */
@Entity('pilotage_versions')
export class PilotageVersion {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_pilotage_versions' })
  structureId: string;
  @Column({ type: 'bigint' }) version: string;
}

/**
 * A structure's part of a report (partiel.ts) for one period and filters, as of a version: the
 * network's report merges 436 of these instead of scanning every structure's facts.
 */
@Entity('pilotage_syntheses')
export class Synthese {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_pilotage_syntheses' })
  structureId: string;
  /** `du|au|cre|domaine`. */
  @PrimaryColumn({ type: 'varchar', length: 80, primaryKeyConstraintName: 'PK_pilotage_syntheses' })
  cle: string;
  @Column({ type: 'bigint' }) version: string;
  @Column({ type: 'jsonb' }) partiel: unknown;
  @Column({ type: 'timestamptz', default: () => 'now()' }) calculeAt: Date;
}

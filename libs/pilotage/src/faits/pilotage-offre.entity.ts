import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An offer's dimensions as they were when it was first published (domain, contract, the CRE who
 * published it): the MERs' figures are filtered by them, and an edit after publication changes
 * nothing in the report.
 */
@Entity('pilotage_offres')
@Index('IDX_pilotage_offres_structure', ['structureId', 'publieeAt'])
export class PilotageOffre {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_pilotage_offres' })
  offreId: string;

  @Column({ type: 'uuid' }) structureId: string;
  @Column({ type: 'uuid' }) entrepriseId: string;
  @Column({ type: 'char', length: 1 }) domaine: string;
  @Column({ type: 'varchar', length: 3 }) typeContrat: string;
  @Column({ type: 'uuid', nullable: true }) creId: string | null;
  /** The time of the event the dimensions come from. */
  @Column({ type: 'timestamptz' }) dimsAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) publieeAt: Date | null;
}

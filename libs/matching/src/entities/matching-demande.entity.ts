import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An offer waiting to be matched. Each offer also has its own job; this row lets the first job
 * of a burst take the other pending offers of the same scope and assign them jointly.
 */
@Entity('matching_demandes')
@Index('IDX_matching_demandes_structure', ['structureId'])
export class MatchingDemande {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_matching_demandes' })
  offreId: string;
  @Column({ type: 'uuid' }) structureId: string;
  @Column({ type: 'timestamptz' }) demandeeAt: Date;
}

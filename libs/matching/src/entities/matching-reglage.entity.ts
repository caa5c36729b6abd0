import { Structure } from '@app/accounts';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Poids } from '../scoring/poids';

/** A structure's own matcher settings: weights overriding the config, and its offers' scope. */
@Entity('matching_reglages')
export class MatchingReglage {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_matching_reglages' })
  structureId: string;
  @ManyToOne(() => Structure, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'structure_id', foreignKeyConstraintName: 'FK_matching_reglages_structure' })
  structure?: Structure;

  /** Only the weights given override the configuration's. */
  @Column({ type: 'jsonb', default: () => "'{}'" }) poids: Partial<Poids>;
  /** Structures whose jeunes this structure's offers are also proposed to. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" }) structuresVoisines: string[];
  @Column({ type: 'timestamptz' }) updatedAt: Date;
}

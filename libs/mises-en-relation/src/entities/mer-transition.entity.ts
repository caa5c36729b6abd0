import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MerStatut } from '../lifecycle/mer-statut';
import { MiseEnRelation } from './mise-en-relation.entity';

/** The log of a MER: one row per transition (who, when, from, to, why, with what). */
@Entity('mer_transitions')
@Index('IDX_mer_transitions_mer', ['merId', 'at'])
@Index('IDX_mer_transitions_historique', ['at', 'id'])
export class MerTransitionLog {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_mer_transitions' })
  id: string;

  @Column({ type: 'uuid' }) merId: string;
  @ManyToOne(() => MiseEnRelation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mer_id', foreignKeyConstraintName: 'FK_mer_transitions_mer' })
  mer?: MiseEnRelation;

  /** `creation` or a lifecycle action. */
  @Column({ type: 'varchar', length: 30 }) action: string;
  @Column({ type: 'enum', enum: MerStatut, enumName: 'mer_statut', nullable: true })
  fromStatut: MerStatut | null;
  @Column({ type: 'enum', enum: MerStatut, enumName: 'mer_statut' }) toStatut: MerStatut;
  /** Null for the system and for links (the role says which link). */
  @Column({ type: 'uuid', nullable: true }) byUserId: string | null;
  @Column({ type: 'varchar', length: 20 }) byRole: string;
  @Column({ type: 'varchar', length: 40, nullable: true }) motifCode: string | null;
  @Column({ type: 'text', nullable: true }) motif: string | null;
  /** The interview date, the contract… */
  @Column({ type: 'jsonb', nullable: true }) details: Record<string, unknown> | null;
  @Column({ type: 'timestamptz' }) at: Date;
}

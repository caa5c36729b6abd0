import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MerStatut } from '../lifecycle/mer-statut';
import { MiseEnRelation } from './mise-en-relation.entity';

/**
 * One reminder sent to the employer: the scheduled ones (`auto`) and those a CRE asked for
 * (`manuelle`, with who). Not a transition: the status stays; the CRE sees the last one sent.
 */
@Entity('mer_relances')
@Index('IDX_mer_relances_mer', ['merId', 'at'])
export class MerRelance {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_mer_relances' })
  id: string;

  @Column({ type: 'uuid' }) merId: string;
  @ManyToOne(() => MiseEnRelation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mer_id', foreignKeyConstraintName: 'FK_mer_relances_mer' })
  mer?: MiseEnRelation;

  @Column({ type: 'varchar', length: 10 }) origine: 'auto' | 'manuelle';
  /** The status the MER was in (the employer's answer was awaited). */
  @Column({ type: 'enum', enum: MerStatut, enumName: 'mer_statut' }) statut: MerStatut;
  /** The CRE who asked for it; null for the scheduled ones. */
  @Column({ type: 'uuid', nullable: true }) byUserId: string | null;
  @Column({ type: 'timestamptz' }) at: Date;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ConventionStatut } from '../domain/pmsmp-codes';
import { Convention } from './convention.entity';

/** The log of an agreement: one row per transition or edit (who, when, from, to, why). */
@Entity('pmsmp_transitions')
@Index('IDX_pmsmp_transitions_convention', ['conventionId', 'at'])
@Index('IDX_pmsmp_transitions_historique', ['at', 'id'])
export class ConventionTransition {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_pmsmp_transitions' })
  id: string;

  @Column({ type: 'uuid' }) conventionId: string;
  @ManyToOne(() => Convention, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'convention_id',
    foreignKeyConstraintName: 'FK_pmsmp_transitions_convention',
  })
  convention?: Convention;

  /** `creation`, `modification` or a lifecycle action. */
  @Column({ type: 'varchar', length: 30 }) action: string;
  @Column({ type: 'enum', enum: ConventionStatut, enumName: 'pmsmp_statut', nullable: true })
  fromStatut: ConventionStatut | null;
  @Column({ type: 'enum', enum: ConventionStatut, enumName: 'pmsmp_statut' })
  toStatut: ConventionStatut;
  @Column({ type: 'uuid', nullable: true }) byUserId: string | null;
  /** A staff role, `system`, or `lien_<signataire>` for a signed link. */
  @Column({ type: 'varchar', length: 30 }) byRole: string;
  @Column({ type: 'text', nullable: true }) motif: string | null;
  @Column({ type: 'jsonb', nullable: true }) details: Record<string, unknown> | null;
  @Column({ type: 'timestamptz' }) at: Date;
}

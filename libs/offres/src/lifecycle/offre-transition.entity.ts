import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Offre } from '../offre.entity';
import { OffreStatut } from '../offre-statut';

/** The log of an offer: one row per status change or edit (who, when, from, to, why, what). */
@Entity('offre_transitions')
@Index('IDX_offre_transitions_offre', ['offreId', 'at'])
@Index('IDX_offre_transitions_historique', ['at', 'id'])
export class OffreTransition {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_offre_transitions' })
  id: string;

  @Column({ type: 'uuid' }) offreId: string;

  @ManyToOne(() => Offre, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offre_id', foreignKeyConstraintName: 'FK_offre_transitions_offre' })
  offre?: Offre;

  /** `creation`, `modification`, or a lifecycle action. */
  @Column({ type: 'varchar', length: 20 }) action: string;

  @Column({ type: 'enum', enum: OffreStatut, enumName: 'offre_statut', nullable: true })
  fromStatut: OffreStatut | null;

  @Column({ type: 'enum', enum: OffreStatut, enumName: 'offre_statut' })
  toStatut: OffreStatut;

  /** Null when the system acted (expiry job). */
  @Column({ type: 'uuid', nullable: true }) byUserId: string | null;
  @Column({ type: 'varchar', length: 16 }) byRole: string;

  @Column({ type: 'text', nullable: true }) motif: string | null;

  /** For edits: field → { avant, apres }. */
  @Column({ type: 'jsonb', nullable: true }) changes: Record<
    string,
    { avant: unknown; apres: unknown }
  > | null;

  @CreateDateColumn({ type: 'timestamptz' }) at: Date;
}

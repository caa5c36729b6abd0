import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { JeuneStatut } from '../domain/jeune-codes';
import { Jeune } from './jeune.entity';

/** The status log of a jeune (who, when, from, to, why); kept after anonymisation, `motif` emptied. */
@Entity('jeune_statut_transitions')
@Index('IDX_jeune_statut_transitions_jeune', ['jeuneId', 'at'])
export class JeuneStatutTransition {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_jeune_statut_transitions' })
  id: string;

  @Column({ type: 'uuid' }) jeuneId: string;
  @ManyToOne(() => Jeune, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'jeune_id', foreignKeyConstraintName: 'FK_jeune_statut_transitions_jeune' })
  jeune?: Jeune;

  @Column({ type: 'enum', enum: JeuneStatut, enumName: 'jeune_statut', nullable: true })
  fromStatut: JeuneStatut | null;
  @Column({ type: 'enum', enum: JeuneStatut, enumName: 'jeune_statut' })
  toStatut: JeuneStatut;

  /** Null when the system or an import acted. */
  @Column({ type: 'uuid', nullable: true }) byUserId: string | null;
  @Column({ type: 'varchar', length: 16 }) byRole: string;
  /** Free text: it may name people, so anonymisation empties it. */
  @Column({ type: 'text', nullable: true }) motif: string | null;
  /** The time of the statement (not of the transaction): rows of one transaction keep their order. */
  @CreateDateColumn({ type: 'timestamptz', default: () => 'clock_timestamp()' }) at: Date;
}

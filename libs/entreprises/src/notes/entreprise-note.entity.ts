import { User } from '@app/accounts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Entreprise } from '../entreprises/entreprise.entity';

/**
 * A dated note of the staff about an entreprise (a call, a visit, a need). Notes are only added,
 * never edited: the list is the trace of who wrote what, and when.
 */
@Entity('entreprise_notes')
@Index('IDX_entreprise_notes_entreprise', ['entrepriseId', 'createdAt'])
export class EntrepriseNote {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_entreprise_notes' })
  id: string;

  @Column({ type: 'uuid' }) entrepriseId: string;
  @ManyToOne(() => Entreprise, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entreprise_id', foreignKeyConstraintName: 'FK_entreprise_notes_entreprise' })
  entreprise?: Entreprise;

  @Column({ type: 'uuid' }) auteurId: string;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'auteur_id', foreignKeyConstraintName: 'FK_entreprise_notes_auteur' })
  auteur?: User;

  @Column({ type: 'text' }) texte: string;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

import { Offre } from '@app/offres';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { PropositionStatut } from '../propositions/proposition-statut';
import type { ScoreDetail } from '../scoring/score-detail';

/**
 * A jeune proposed for an offer, by the matcher (with its score, breakdown and reasons) or by a
 * CRE by hand. One per (offer, jeune), ever: a jeune discarded or declined is never proposed again.
 */
@Entity('propositions')
@Unique('UQ_propositions_offre_jeune', ['offreId', 'jeuneId'])
@Index('IDX_propositions_jeune_actives', ['jeuneId'], {
  where: `"statut" IN ('ouverte', 'retenue')`,
})
@Index('IDX_propositions_structure_statut', ['structureId', 'statut', 'createdAt'])
export class Proposition {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_propositions' })
  id: string;

  @Column({ type: 'uuid' }) offreId: string;
  @ManyToOne(() => Offre, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offre_id', foreignKeyConstraintName: 'FK_propositions_offre' })
  offre?: Offre;

  @Column({ type: 'uuid' }) jeuneId: string;
  /** The offer's structure (the tenant that sees it). */
  @Column({ type: 'uuid' }) structureId: string;
  /** The jeune's, which differs when the offer is open to neighbouring structures. */
  @Column({ type: 'uuid' }) jeuneStructureId: string;

  /** Out of 100. */
  @Column({
    type: 'numeric',
    precision: 5,
    scale: 2,
    transformer: { from: (v: string) => Number(v), to: (v: number) => v },
  })
  score: number;
  @Column({ type: 'jsonb' }) detail: ScoreDetail | Record<string, never>;
  /** Reasons in French, for the CRE: « Service en restauration, 1er souhait »… */
  @Column({ type: 'text', array: true }) raisons: string[];

  @Column({
    type: 'enum',
    enum: PropositionStatut,
    enumName: 'proposition_statut',
    default: PropositionStatut.OUVERTE,
  })
  statut: PropositionStatut;
  @Column({ type: 'varchar', length: 8, default: 'matcher' }) origine: 'matcher' | 'cre';
  @Column({ type: 'text', nullable: true }) motif: string | null;
  /** The offer's criteria version the proposal was made on. */
  @Column({ type: 'integer' }) offreVersion: number;

  @Column({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz' }) updatedAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) clotureeAt: Date | null;
}

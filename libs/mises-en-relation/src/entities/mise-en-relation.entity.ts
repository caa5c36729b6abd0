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
import { MerStatut } from '../lifecycle/mer-statut';

export interface Contrat {
  typeContrat: string;
  dateDebut: string;
  dateFin: string | null;
  heuresHebdo: number;
}

const numeric = { from: (v: string) => Number(v), to: (v: number) => v };

/**
 * One jeune introduced to one offer, from the matcher's proposal to the outcome. Created from a
 * proposal (one each); the score, breakdown and reasons are copied: they never change afterwards.
 */
@Entity('mises_en_relation')
@Unique('UQ_mises_en_relation_proposition', ['propositionId'])
@Unique('UQ_mises_en_relation_offre_jeune', ['offreId', 'jeuneId'])
@Index('IDX_mises_en_relation_structure_statut', ['structureId', 'statut', 'statutAt'])
@Index('IDX_mises_en_relation_jeune', ['jeuneId', 'createdAt'])
@Index('IDX_mises_en_relation_entreprise', ['entrepriseId', 'createdAt'])
@Index('IDX_mises_en_relation_file', ['structureId', 'statut', 'createdAt', 'id'])
@Index('IDX_mises_en_relation_offre_file', ['offreId', 'statut', 'createdAt', 'id'])
export class MiseEnRelation {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_mises_en_relation' })
  id: string;

  @Column({ type: 'uuid' }) propositionId: string;
  @Column({ type: 'uuid' }) offreId: string;
  @ManyToOne(() => Offre, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offre_id', foreignKeyConstraintName: 'FK_mises_en_relation_offre' })
  offre?: Offre;
  @Column({ type: 'uuid' }) jeuneId: string;
  @Column({ type: 'uuid' }) entrepriseId: string;
  /** The offer's structure (the tenant). */
  @Column({ type: 'uuid' }) structureId: string;
  @Column({ type: 'uuid' }) jeuneStructureId: string;

  @Column({ type: 'enum', enum: MerStatut, enumName: 'mer_statut', default: MerStatut.PROPOSEE })
  statut: MerStatut;
  /** When the current status began: the reminders and timeouts count from it. */
  @Column({ type: 'timestamptz' }) statutAt: Date;

  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: numeric }) score: number;
  @Column({ type: 'text', array: true }) raisons: string[];
  @Column({ type: 'jsonb' }) detail: Record<string, unknown>;
  @Column({ type: 'varchar', length: 8 }) origine: string;
  /** The jeune had another MER at the same entreprise in the last 30 days: shown to the CRE. */
  @Column({ type: 'boolean', default: false }) alerteEntreprise: boolean;

  /** The CRE who kept it: the one asked to call when the employer does not answer. */
  @Column({ type: 'uuid', nullable: true }) creId: string | null;
  @Column({ type: 'varchar', length: 40, nullable: true }) motifCode: string | null;
  @Column({ type: 'text', nullable: true }) motif: string | null;
  @Column({ type: 'timestamptz', nullable: true }) entretienAt: Date | null;
  @Column({ type: 'jsonb', nullable: true }) contrat: Contrat | null;
  /** Reminders sent in the current status. */
  @Column({ type: 'smallint', default: 0 }) relances: number;

  @Column({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz' }) updatedAt: Date;
}

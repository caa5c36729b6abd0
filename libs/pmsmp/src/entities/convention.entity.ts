import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { ConventionContenu } from '../domain/convention-contenu';
import { ConventionStatut, Objectif } from '../domain/pmsmp-codes';
import { Probleme } from '../rules/probleme';

export interface Bilan {
  realisation: 'realise' | 'partiel' | 'non_realise';
  heuresAbsence: number;
  competencesObservees: string;
  embauche: boolean;
  typeContrat: string | null;
  commentaire: string | null;
}

/**
 * One PMSMP agreement (Cerfa 13912*04). The Cerfa's content is one JSON document (`contenu`),
 * what is signed; the columns beside it are what lists, rules and reports query.
 */
@Entity('pmsmp_conventions')
@Unique('UQ_pmsmp_conventions_renouvellement', ['renouvellementDeId'])
@Index('IDX_pmsmp_conventions_structure_statut', ['structureId', 'statut', 'statutAt'])
@Index('IDX_pmsmp_conventions_jeune_siret', ['jeuneId', 'siret', 'dateDebut'])
@Index('IDX_pmsmp_conventions_fin', ['dateFin'])
@Index('IDX_pmsmp_conventions_bilan', ['bilanAt', 'id'])
export class Convention {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_pmsmp_conventions' })
  id: string;

  @Column({ type: 'uuid' }) structureId: string;
  @Column({ type: 'uuid' }) jeuneId: string;
  @Column({ type: 'uuid', nullable: true }) entrepriseId: string | null;
  /** Started from an offer or a mise en relation (objective: start a recruitment). */
  @Column({ type: 'uuid', nullable: true }) offreId: string | null;
  @Column({ type: 'uuid', nullable: true }) merId: string | null;
  @Column({ type: 'uuid', nullable: true }) renouvellementDeId: string | null;
  @ManyToOne(() => Convention, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'renouvellement_de_id',
    foreignKeyConstraintName: 'FK_pmsmp_conventions_renouvellement',
  })
  renouvellementDe?: Convention;

  @Column({ type: 'char', length: 14 }) siret: string;
  @Column({ type: 'varchar', length: 30 }) objectif: Objectif;
  @Column({ type: 'date' }) dateDebut: string;
  @Column({ type: 'date' }) dateFin: string;

  @Column({
    type: 'enum',
    enum: ConventionStatut,
    enumName: 'pmsmp_statut',
    default: ConventionStatut.BROUILLON,
  })
  statut: ConventionStatut;
  @Column({ type: 'timestamptz' }) statutAt: Date;

  @Column({ type: 'jsonb' }) contenu: ConventionContenu;
  /** Bumped by every edit: the optimistic lock, and what a signature refers to. */
  @Column({ type: 'int', default: 1 }) version: number;
  /** SHA-256 of the canonical JSON of (version, contenu): what each signatory signs. */
  @Column({ type: 'char', length: 64 }) contenuSha256: string;
  @Column({ type: 'jsonb', default: () => "'[]'" }) avertissements: Probleme[];
  @Column({ type: 'int' }) minutesTotal: number;

  @Column({ type: 'uuid' }) createdBy: string;
  @Column({ type: 'text', nullable: true }) motifRefus: string | null;
  /** Two-step validation: the conseiller's, then the director's. */
  @Column({ type: 'uuid', nullable: true }) valideeConseillerPar: string | null;
  @Column({ type: 'timestamptz', nullable: true }) valideeConseillerAt: Date | null;
  /** Reminders sent for the current status (signatures, validation). */
  @Column({ type: 'smallint', default: 0 }) relances: number;
  /** Last time the signature links went out (the resend cooldown counts from it). */
  @Column({ type: 'timestamptz', nullable: true }) liensEnvoyesAt: Date | null;

  @Column({ type: 'int', nullable: true }) pdfVersion: number | null;
  @Column({ type: 'jsonb', nullable: true }) bilan: Bilan | null;
  @Column({ type: 'timestamptz', nullable: true }) bilanAt: Date | null;

  @Column({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz' }) updatedAt: Date;
}

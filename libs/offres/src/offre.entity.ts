import { Structure, User } from '@app/accounts';
import { Entreprise } from '@app/entreprises';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { MotifCloture, OffreStatut } from './offre-statut';

const numeric = {
  from: (v: string | null) => (v === null ? null : Number(v)),
  to: (v: number | null) => v,
};

/** A job offer of an entreprise, negotiated by a CRE, proposed to jeunes by the matcher. */
@Entity('offres')
@Index('IDX_offres_structure_statut', ['structureId', 'statut'])
@Index('IDX_offres_entreprise', ['entrepriseId'])
@Index('IDX_offres_structure_created', ['structureId', 'createdAt', 'id'])
@Index('IDX_offres_structure_debut', ['structureId', 'dateDebut', 'id'])
@Index('IDX_offres_expiry', ['lastActivityAt'], { where: `"statut" = 'publiee'` })
@Check('CHK_offres_heures', '"heures_hebdo" > 0 AND "heures_hebdo" <= 48')
@Check('CHK_offres_postes', '"nombre_postes" >= 1')
export class Offre {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_offres' })
  id: string;

  @Column({ type: 'uuid' }) structureId: string;
  @Column({ type: 'uuid' }) entrepriseId: string;

  // Relations declared for their foreign keys only: the service loads nothing through them.
  @ManyToOne(() => Structure, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'structure_id', foreignKeyConstraintName: 'FK_offres_structure' })
  structure?: Structure;
  @ManyToOne(() => Entreprise, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'entreprise_id', foreignKeyConstraintName: 'FK_offres_entreprise' })
  entreprise?: Entreprise;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'FK_offres_created_by' })
  createdBy?: User;

  @Column({ type: 'varchar', length: 200 }) titre: string;
  @Column({ type: 'char', length: 5 }) codeRome: string;
  @Column({ type: 'varchar', length: 10, nullable: true }) codeAppellation: string | null;
  @Column({ type: 'text' }) description: string;

  @Column({ type: 'varchar', length: 3 }) typeContrat: string;
  @Column({ type: 'varchar', length: 2 }) natureContrat: string;
  @Column({ type: 'smallint', nullable: true }) dureeValeur: number | null;
  @Column({ type: 'varchar', length: 8, nullable: true }) dureeUnite: 'mois' | 'semaines' | null;

  @Column({ type: 'numeric', precision: 4, scale: 1, transformer: numeric }) heuresHebdo: number;
  @Column({ type: 'boolean' }) tempsPartiel: boolean;
  @Column({ type: 'text', nullable: true }) horaires: string | null;
  @Column({ type: 'boolean', default: false }) travailNuit: boolean;
  @Column({ type: 'boolean', default: false }) travailWeekend: boolean;

  @Column({ type: 'numeric', precision: 9, scale: 2, nullable: true, transformer: numeric })
  salaireMontant: number | null;
  @Column({ type: 'varchar', length: 8, nullable: true }) salaireUnite:
    'horaire' | 'mensuel' | null;

  @Column({ type: 'date' }) dateDebut: string;

  @Column({ type: 'varchar', length: 5 }) communeInsee: string;
  /** Copied from the référentiel at write time: the matcher filters on them without a join. */
  @Column({ type: 'double precision', nullable: true }) lat: number | null;
  @Column({ type: 'double precision', nullable: true }) lon: number | null;

  @Column({ type: 'smallint' }) nombrePostes: number;
  @Column({ type: 'boolean', default: false }) permisB: boolean;
  @Column({ type: 'varchar', length: 7, nullable: true }) niveauDiplome: string | null;
  @Column({ type: 'char', length: 1 }) experience: 'D' | 'S' | 'E';
  @Column({ type: 'boolean', default: true }) ouverteMineurs: boolean;
  @Column({ type: 'smallint' }) distanceMaxKm: number;
  @Column({ type: 'smallint', default: 2 }) candidatsSouhaites: number;

  @Column({
    type: 'enum',
    enum: OffreStatut,
    enumName: 'offre_statut',
    default: OffreStatut.BROUILLON,
  })
  statut: OffreStatut;
  @Column({ type: 'enum', enum: MotifCloture, enumName: 'offre_motif_cloture', nullable: true })
  motifCloture: MotifCloture | null;

  /** Bumped when what matching depends on changes: the matcher's job id includes it. */
  @Column({ type: 'integer', default: 1 }) versionCriteres: number;
  @Column({ type: 'timestamptz', nullable: true }) publieeAt: Date | null;
  /** The 60-day expiry counts from here (publication, edit, extension). */
  @Column({ type: 'timestamptz' }) lastActivityAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) expiryReminderSentAt: Date | null;

  @Column({ type: 'uuid' }) createdById: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  /** Optimistic lock: two concurrent edits cannot silently overwrite each other. */
  @VersionColumn({ type: 'integer' }) rowVersion: number;
}

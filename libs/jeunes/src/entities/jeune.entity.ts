import { Structure, User } from '@app/accounts';
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
import { ConsentSource, JeuneStatut, Programme } from '../domain/jeune-codes';

export interface Experience {
  codeRome: string;
  dureeMois: number;
}

export interface Indisponibilite {
  du: string;
  au: string;
}

/**
 * A jeune followed by the Mission Locale. Identity and contacts are emptied by anonymisation
 * (erasure, retention); what statistics need stays (birth year, commune, programme, status).
 */
@Entity('jeunes')
@Index('IDX_jeunes_structure_statut', ['structureId', 'statut'])
@Index('IDX_jeunes_conseiller', ['conseillerId'])
@Index('IDX_jeunes_telephone', ['telephone'], { where: '"telephone_mobile"' })
@Index('IDX_jeunes_fiches_rome', { synchronize: false })
@Index('IDX_jeunes_retention', ['derniereActiviteAt'], { where: '"anonymise_at" IS NULL' })
@Index('UQ_jeunes_structure_id_externe', ['structureId', 'idExterne'], {
  unique: true,
  where: '"id_externe" IS NOT NULL',
})
@Check('CHK_jeunes_fiches_rome', 'cardinality("fiches_rome") <= 5')
@Check('CHK_jeunes_email_lowercase', '"email" = lower("email")')
@Check('CHK_jeunes_coordonnees', '("lat" IS NULL) = ("lon" IS NULL)')
@Check('CHK_jeunes_identite', '"anonymise_at" IS NOT NULL OR "date_naissance" IS NOT NULL')
export class Jeune {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_jeunes' })
  id: string;

  @Column({ type: 'uuid' }) structureId: string;
  @ManyToOne(() => Structure, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'structure_id', foreignKeyConstraintName: 'FK_jeunes_structure' })
  structure?: Structure;

  /** The jeune's id in the ML's information system (i-milo…): imports upsert on it. */
  @Column({ type: 'varchar', length: 64, nullable: true }) idExterne: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true }) nom: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) prenom: string | null;
  @Column({ type: 'date', nullable: true }) dateNaissance: string | null;
  /** Kept after anonymisation, for statistics by age. */
  @Column({ type: 'smallint' }) anneeNaissance: number;

  @Column({ type: 'varchar', length: 254, nullable: true }) email: string | null;
  /** E.164. */
  @Column({ type: 'varchar', length: 16, nullable: true }) telephone: string | null;
  /** A mobile gets SMS; a landline is kept to call but never gets SMS. */
  @Column({ type: 'boolean', default: false }) telephoneMobile: boolean;

  @Column({ type: 'varchar', length: 200, nullable: true }) adresse: string | null;
  @Column({ type: 'varchar', length: 5, nullable: true }) codePostal: string | null;
  @Column({ type: 'varchar', length: 5, nullable: true }) communeInsee: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) communeNom: string | null;
  @Column({ type: 'varchar', length: 3, nullable: true }) departement: string | null;
  /** The commune's centre, copied from the référentiel: the matcher needs no join. */
  @Column({ type: 'double precision', nullable: true }) lat: number | null;
  @Column({ type: 'double precision', nullable: true }) lon: number | null;

  @Column({ type: 'boolean', default: false }) consentEmail: boolean;
  @Column({ type: 'timestamptz', nullable: true }) consentEmailAt: Date | null;
  @Column({ type: 'varchar', length: 12, nullable: true }) consentEmailSource: ConsentSource | null;
  @Column({ type: 'boolean', default: false }) consentSms: boolean;
  @Column({ type: 'timestamptz', nullable: true }) consentSmsAt: Date | null;
  @Column({ type: 'varchar', length: 12, nullable: true }) consentSmsSource: ConsentSource | null;

  /** Wanted ROME fiches, in the jeune's order of preference (1 to 5). */
  @Column({ type: 'char', length: 5, array: true, default: () => "'{}'" }) fichesRome: string[];
  @Column({ type: 'jsonb', default: () => "'[]'" }) experiences: Experience[];
  @Column({ type: 'varchar', length: 7, nullable: true }) niveauDiplome: string | null;

  @Column({ type: 'smallint', default: 10 }) rayonMobiliteKm: number;
  @Column({ type: 'boolean', default: false }) permisB: boolean;
  @Column({ type: 'boolean', default: false }) vehicule: boolean;
  @Column({ type: 'boolean', default: false }) transportsCommun: boolean;

  @Column({ type: 'date', nullable: true }) disponibleLe: string | null;
  @Column({ type: 'boolean', default: false }) tempsPartielUniquement: boolean;
  @Column({ type: 'jsonb', default: () => "'[]'" }) indisponibilites: Indisponibilite[];

  @Column({ type: 'enum', enum: Programme, enumName: 'jeune_programme', default: Programme.AUCUN })
  programme: Programme;
  @Column({ type: 'date', nullable: true }) programmeDebut: string | null;
  @Column({ type: 'date', nullable: true }) programmeFin: string | null;

  @Column({ type: 'uuid', nullable: true }) conseillerId: string | null;
  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'conseiller_id', foreignKeyConstraintName: 'FK_jeunes_conseiller' })
  conseiller?: User;

  @Column({ type: 'enum', enum: JeuneStatut, enumName: 'jeune_statut', default: JeuneStatut.ACTIF })
  statut: JeuneStatut;

  /** The conseiller's free notes: never shown to CRE views, employers or the matcher. */
  @Column({ type: 'text', nullable: true }) notes: string | null;

  /** Bumped when what matching depends on changes; sent with `jeune.modifie`. */
  @Column({ type: 'integer', default: 1 }) version: number;
  /** Retention counts from here: creation, any change, status, consent, activity elsewhere. */
  @Column({ type: 'timestamptz' }) derniereActiviteAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) anonymiseAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  /** Optimistic lock: two concurrent edits cannot silently overwrite each other. */
  @VersionColumn({ type: 'integer' }) rowVersion: number;
}

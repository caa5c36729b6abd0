import { Structure, User } from '@app/accounts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  ValueTransformer,
} from 'typeorm';
import { TrancheEffectif } from './tranche-effectif';

/** PostgreSQL returns numeric as text (to keep precision); coordinates are fine as numbers. */
const coordinate: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * An employer establishment (one SIRET) known to a Mission Locale. Two structures may each
 * have their own record of the same SIRET: their notes and contacts are their own.
 */
@Entity('entreprises')
@Unique('UQ_entreprises_structure_siret', ['structureId', 'siret'])
@Check('CHK_entreprises_siret', `"siret" ~ '^[0-9]{14}$'`)
export class Entreprise {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_entreprises' })
  id: string;

  @Column({ type: 'uuid' })
  structureId: string;

  @ManyToOne(() => Structure, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'structure_id', foreignKeyConstraintName: 'FK_entreprises_structure' })
  structure?: Structure;

  @Column({ type: 'char', length: 14 })
  siret: string;

  @Column({ type: 'varchar', length: 200 })
  raisonSociale: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  enseigne: string | null;

  /** NAF rév. 2 sub-class, e.g. `56.10A`; its label comes from the référentiels. */
  @Column({ type: 'varchar', length: 6, nullable: true })
  codeNaf: string | null;

  /** Street line(s) of the address. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  adresse: string | null;

  @Column({ type: 'varchar', length: 5, nullable: true })
  codePostal: string | null;

  @Column({ type: 'varchar', length: 5, nullable: true })
  communeInsee: string | null;

  /** WGS84; the offres module uses them as the default place of an offer. */
  @Column({ type: 'numeric', precision: 8, scale: 6, nullable: true, transformer: coordinate })
  lat: number | null;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true, transformer: coordinate })
  lon: number | null;

  @Column({ type: 'enum', enum: TrancheEffectif, enumName: 'tranche_effectif', nullable: true })
  trancheEffectif: TrancheEffectif | null;

  /** The CRE's notes: staff only, never in an employer's view. */
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'FK_entreprises_created_by' })
  createdBy?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

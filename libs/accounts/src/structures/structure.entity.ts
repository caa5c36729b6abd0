import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

/** One Mission Locale: it owns all the data of its users, entreprises, offres and jeunes. */
@Entity('structures')
@Unique('UQ_structures_code', ['code'])
@Check('CHK_structures_couleur', `"couleur" ~ '^#[0-9a-f]{6}$'`)
export class Structure {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_structures' })
  id: string;

  /** Short stable identifier (slug), e.g. `ml-val-de-lys`: seeds and imports upsert on it. */
  @Column({ type: 'varchar', length: 64 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  nom: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  telephone: string | null;

  /** The portal's main colour (#rrggbb, lowercase); the portal checks its contrast. */
  @Column({ type: 'varchar', length: 7, nullable: true })
  couleur: string | null;

  /** The logo shown in the portal's header and the pages behind links (an https URL or a path). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  logoUrl: string | null;

  /** INSEE department code (`59`, `2A`, `971`); unknown for structures created before it. */
  @Column({ type: 'varchar', length: 3, nullable: true })
  departement: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

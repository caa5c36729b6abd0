import {
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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

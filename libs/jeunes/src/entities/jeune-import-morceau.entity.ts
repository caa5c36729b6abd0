import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { JeuneImport } from './jeune-import.entity';

/** One piece (about 1 MB) of an uploaded CSV, in order: the file never sits whole in memory. */
@Entity('jeune_import_morceaux')
export class JeuneImportMorceau {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_jeune_import_morceaux' })
  importId: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'PK_jeune_import_morceaux' })
  rang: number;

  @ManyToOne(() => JeuneImport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id', foreignKeyConstraintName: 'FK_jeune_import_morceaux_import' })
  import?: JeuneImport;

  @Column({ type: 'bytea' }) donnees: Buffer;
}

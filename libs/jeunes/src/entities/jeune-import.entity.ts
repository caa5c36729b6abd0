import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type JeuneImportStatut = 'en_attente' | 'en_cours' | 'termine' | 'echec';

/**
 * One CSV import, run in the background by the worker: the file waits here (the API and the
 * worker may be on different machines) and is dropped once read; progress and report stay.
 */
@Entity('jeune_imports')
@Index('IDX_jeune_imports_structure', ['structureId', 'createdAt'])
export class JeuneImport {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_jeune_imports' })
  id: string;

  @Column({ type: 'uuid' }) structureId: string;
  @Column({ type: 'uuid', nullable: true }) actorUserId: string | null;
  @Column({ type: 'varchar', length: 16 }) actorRole: string;
  @Column({ type: 'varchar', length: 10 }) statut: JeuneImportStatut;
  /** The uploaded file, until the import has read it. */
  @Column({ type: 'bytea', nullable: true, select: false }) fichier: Buffer | null;
  @Column({ type: 'integer' }) octets: number;
  /** Progress: rows read so far. */
  @Column({ type: 'integer', default: 0 }) lignesLues: number;
  @Column({ type: 'jsonb', nullable: true, select: false }) rapport: unknown;
  @Column({ type: 'text', nullable: true }) erreur: string | null;
  @Column({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) startedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt: Date | null;
}

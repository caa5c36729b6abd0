import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditAction =
  | 'lecture'
  | 'lecture_cre'
  | 'creation'
  | 'modification'
  | 'statut'
  | 'consentement'
  | 'import_creation'
  | 'import_modification'
  | 'export'
  | 'anonymisation';

/**
 * Who read or changed what of a jeune, and when: field names only, never their values (the
 * audit must not become a second copy of the personal data). No foreign key: the trail stays
 * whatever happens to the row it describes.
 */
@Entity('jeune_audit')
@Index('IDX_jeune_audit_jeune', ['jeuneId', 'at'])
export class JeuneAudit {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_jeune_audit' })
  id: string;

  @Column({ type: 'uuid' }) jeuneId: string;
  @Column({ type: 'uuid' }) structureId: string;
  /** Null when the system acted (retention job, import without a user). */
  @Column({ type: 'uuid', nullable: true }) actorUserId: string | null;
  @Column({ type: 'varchar', length: 16 }) actorRole: string;
  @Column({ type: 'varchar', length: 24 }) action: AuditAction;
  @Column({ type: 'varchar', length: 40, array: true, default: () => "'{}'" }) champs: string[];
  /** The time of the statement, not of the transaction: rows of one transaction keep their order. */
  @CreateDateColumn({ type: 'timestamptz', default: () => 'clock_timestamp()' }) at: Date;
}

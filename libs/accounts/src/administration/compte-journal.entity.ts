import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What a structure's administrator changed on its accounts and identity (role, deactivation,
 * identity): who, when, which account, the values before and after. Never a password.
 */
@Entity('comptes_journal')
@Index('IDX_comptes_journal_structure', ['structureId', 'at'])
export class CompteJournal {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_comptes_journal' })
  id: string;

  @Column({ type: 'uuid' })
  structureId: string;

  /** The account changed; null for the structure's identity. */
  @Column({ type: 'uuid', nullable: true })
  cibleUserId: string | null;

  @Column({ type: 'uuid' })
  auteurId: string;

  /** `role`, `desactivation`, `reactivation`, `identite`. */
  @Column({ type: 'varchar', length: 40 })
  action: string;

  @Column({ type: 'jsonb' })
  details: Record<string, unknown>;

  @Column({ type: 'timestamptz' })
  at: Date;
}

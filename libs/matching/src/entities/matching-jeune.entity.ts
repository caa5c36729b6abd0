import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The matcher's view of one jeune (its own table: it never reads the jeunes module's): the
 * projection's version, and the per-jeune state the cap and the fairness term need. The row is
 * what concurrent matchers lock before counting a jeune's open proposals.
 */
@Entity('matching_jeunes')
@Check('CHK_matching_jeunes_ouvertes', '"propositions_ouvertes" >= 0')
export class MatchingJeune {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_matching_jeunes' })
  jeuneId: string;

  @Column({ type: 'uuid' }) structureId: string;
  /** The jeunes module's version last projected: older events are ignored. */
  @Column({ type: 'integer' }) version: number;
  @Column({ type: 'boolean' }) actif: boolean;
  @Column({ type: 'smallint', default: 0 }) propositionsOuvertes: number;
  @Column({ type: 'timestamptz', nullable: true }) dernierePropositionAt: Date | null;
  /** Waiting time of a jeune never proposed counts from here. */
  @Column({ type: 'timestamptz' }) inscritAt: Date;
  @Column({ type: 'timestamptz' }) updatedAt: Date;
}

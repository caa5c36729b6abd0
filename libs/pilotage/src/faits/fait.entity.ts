import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** What a fact is about: the module's event it comes from. */
export type FaitNature =
  'offre' | 'mer' | 'suivi' | 'message' | 'pmsmp' | 'pmsmp_bilan' | 'pmsmp_situation';

/**
 * One event of a module's history, with what was true at that moment: the report counts these,
 * never today's state, so the same period gives the same figures tomorrow. `source` identifies
 * the log row (or message + status): an event delivered twice, or replayed by the rebuild, is
 * one row.
 */
@Entity('pilotage_faits')
@Unique('UQ_pilotage_faits_source', ['source'])
// INCLUDE and a partial predicate TypeORM cannot express: written by the migration, left alone
// by migration:generate (the report's index-only scans).
@Index('IDX_pilotage_faits_lecture', { synchronize: false })
// Partial (hires only), also the migration's: « offres terminées avec un recrutement ».
@Index('IDX_pilotage_faits_recrutement', { synchronize: false })
@Index('IDX_pilotage_faits_offre', ['offreId'])
export class Fait {
  @PrimaryGeneratedColumn('increment', {
    type: 'bigint',
    primaryKeyConstraintName: 'PK_pilotage_faits',
  })
  id: string;

  @Column({ type: 'varchar', length: 120 }) source: string;
  @Column({ type: 'uuid' }) structureId: string;
  @Column({ type: 'varchar', length: 20 }) nature: FaitNature;
  /** When it happened (the log row's time): places the fact in a period. */
  @Column({ type: 'timestamptz' }) occurredAt: Date;
  /** The offer, MER, message or PMSMP the event is about. */
  @Column({ type: 'uuid' }) sujetId: string;
  @Column({ type: 'uuid', nullable: true }) offreId: string | null;
  @Column({ type: 'uuid', nullable: true }) jeuneId: string | null;
  @Column({ type: 'uuid', nullable: true }) entrepriseId: string | null;
  @Column({ type: 'uuid', nullable: true }) creId: string | null;
  @Column({ type: 'varchar', length: 30, nullable: true }) action: string | null;
  @Column({ type: 'varchar', length: 30, nullable: true }) fromStatut: string | null;
  @Column({ type: 'varchar', length: 30, nullable: true }) toStatut: string | null;
  /** ROME domain (A–N), the fiche code's letter. */
  @Column({ type: 'char', length: 1, nullable: true }) domaine: string | null;
  @Column({ type: 'varchar', length: 3, nullable: true }) contrat: string | null;
  /** A reason code, a follow-up answer, an assessment. */
  @Column({ type: 'varchar', length: 40, nullable: true }) motif: string | null;
  @Column({ type: 'varchar', length: 5, nullable: true }) canal: string | null;
  @Column({ type: 'varchar', length: 12, nullable: true }) objectif: string | null;
  /** Months after a hire (follow-up), days after a PMSMP (situation). */
  @Column({ type: 'smallint', nullable: true }) echeance: number | null;
  @Column({ type: 'boolean', nullable: true }) enEmploi: boolean | null;
  /** When the read model got it: the event-to-figure delay. */
  @Column({ type: 'timestamptz', default: () => 'now()' }) recordedAt: Date;
}

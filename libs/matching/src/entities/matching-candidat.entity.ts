import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MatchingJeune } from './matching-jeune.entity';

/**
 * One row per jeune × wanted fiche: what retrieval filters and scores on, denormalised so that
 * the search is one index-only scan of `IDX_matching_candidats_recherche` (a partial covering
 * btree on (fiche, structure_id, lat, lon) of active rows, declared in the migration).
 */
@Entity('matching_candidats')
@Index('IDX_matching_candidats_recherche', { synchronize: false })
export class MatchingCandidat {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_matching_candidats' })
  jeuneId: string;
  @PrimaryColumn({ type: 'char', length: 5, primaryKeyConstraintName: 'PK_matching_candidats' })
  fiche: string;

  @ManyToOne(() => MatchingJeune, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'jeune_id', foreignKeyConstraintName: 'FK_matching_candidats_jeune' })
  jeune?: MatchingJeune;

  /** 1 = first wish. */
  @Column({ type: 'smallint' }) rang: number;
  @Column({ type: 'uuid' }) structureId: string;
  @Column({ type: 'double precision' }) lat: number;
  @Column({ type: 'double precision' }) lon: number;
  @Column({ type: 'smallint' }) rayonKm: number;
  @Column({ type: 'boolean' }) permisB: boolean;
  @Column({ type: 'date' }) dateNaissance: string;
  @Column({ type: 'date', nullable: true }) disponibleLe: string | null;
  @Column({ type: 'datemultirange', nullable: true }) indisponibilites: string | null;
  /** 0 = no diploma (infra 3), else the European level 3..7. */
  @Column({ type: 'smallint' }) niveauDiplome: number;
  /** Months of experience on this fiche. */
  @Column({ type: 'smallint' }) experienceMois: number;
  @Column({ type: 'varchar', length: 5 }) programme: string;
  @Column({ type: 'boolean' }) tempsPartielSeul: boolean;
  @Column({ type: 'boolean' }) actif: boolean;
  /** Copies of matching_jeunes' state, so the search needs no join. */
  @Column({ type: 'smallint', default: 0 }) propositionsOuvertes: number;
  /** Last proposal, or registration in the matcher when never proposed: the fairness term. */
  @Column({ type: 'timestamptz' }) attenteDepuis: Date;
}

import { Check, Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A fiche of France Travail's ROME (a job family), e.g. G1603 "Personnel polyvalent en restauration". */
@Entity('rome_fiches')
@Check('CHK_rome_fiches_code', `"code" ~ '^[A-N][0-9]{4}$'`)
@Check('CHK_rome_fiches_domaine', `"domaine" = left("code", 1)`)
@Index('IDX_rome_fiches_libelle_trgm', { synchronize: false })
export class FicheRomeEntity {
  @PrimaryColumn({ type: 'char', length: 5, primaryKeyConstraintName: 'PK_rome_fiches' })
  code: string;

  @Column({ type: 'varchar', length: 255 })
  libelle: string;

  /** The grand domaine's letter (first letter of the code), stored for reports' GROUP BY. */
  @Column({ type: 'char', length: 1 })
  domaine: string;

  /** normaliseText(libelle): what search compares with (lowercase, no accents). */
  @Column({ type: 'varchar', length: 255 })
  libelleNormalise: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

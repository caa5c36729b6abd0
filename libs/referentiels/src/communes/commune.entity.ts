import { Check, Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Where the coordinates of a commune come from (see default-communes.ts and laposte-import). */
export type SourceCoordonnees =
  | 'laposte'
  | 'geonames'
  | 'geonames-nom'
  | 'geonames-code'
  | 'geonames-deleguee'
  | 'geonames-territoire'
  | 'commune-parente';

/**
 * A commune (or a municipal arrondissement of Paris, Lyon, Marseille) by INSEE code.
 * Filled by migration (default table from @etalab/decoupage-administratif and GeoNames), then
 * by `npm run referentiels:import-communes` (La Poste's base of postal codes).
 */
@Entity('communes')
@Check('CHK_communes_code_insee', `"code_insee" ~ '^[0-9][0-9AB][0-9]{3}$'`)
@Check('CHK_communes_coordonnees', `("lat" IS NULL) = ("lon" IS NULL)`)
@Index('IDX_communes_nom_trgm', { synchronize: false })
@Index('IDX_communes_codes_postaux', { synchronize: false })
@Index('IDX_communes_nom_prefix', { synchronize: false })
export class CommuneEntity {
  @PrimaryColumn({ type: 'varchar', length: 5, primaryKeyConstraintName: 'PK_communes' })
  codeInsee: string;

  @Column({ type: 'varchar', length: 100 })
  nom: string;

  @Column({ type: 'varchar', length: 100 })
  nomNormalise: string;

  @Column({ type: 'varchar', length: 5, array: true, default: () => "'{}'" })
  codesPostaux: string[];

  @Index('IDX_communes_departement')
  @Column({ type: 'varchar', length: 3 })
  departement: string;

  @Column({ type: 'varchar', length: 3, nullable: true })
  region: string | null;

  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lon: number | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  sourceCoordonnees: SourceCoordonnees | null;

  @Column({ type: 'integer', nullable: true })
  population: number | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

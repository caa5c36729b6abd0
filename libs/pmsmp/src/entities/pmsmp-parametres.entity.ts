import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A structure's PMSMP settings (no row: the defaults of PmsmpConfig). */
@Entity('pmsmp_parametres')
export class PmsmpParametres {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_pmsmp_parametres' })
  structureId: string;

  /** The conseiller's visa, then the director's validation. */
  @Column({ type: 'boolean' }) validationDeuxEtapes: boolean;
  @Column({ type: 'timestamptz' }) updatedAt: Date;
  @Column({ type: 'uuid' }) updatedBy: string;
}

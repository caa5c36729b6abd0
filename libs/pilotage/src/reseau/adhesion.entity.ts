import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A structure that agreed to share its figures with the network, and where it is. */
@Entity('pilotage_adhesions')
export class Adhesion {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_pilotage_adhesions' })
  structureId: string;

  @Column({ type: 'varchar', length: 3 }) departement: string;
  @Column({ type: 'varchar', length: 3 }) region: string;
  @Column({ type: 'uuid' }) parUserId: string;
  @Column({ type: 'timestamptz' }) adhereAt: Date;
}

import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { FicheRomeEntity } from './fiche-rome.entity';

/** A job title of the ROME (code OGR), attached to one fiche: "Serveur / Serveuse de restaurant" → G1803. */
@Entity('rome_appellations')
@Index('IDX_rome_appellations_libelle_trgm', { synchronize: false })
export class AppellationRomeEntity {
  @PrimaryColumn({ type: 'varchar', length: 10, primaryKeyConstraintName: 'PK_rome_appellations' })
  codeOgr: string;

  @Column({ type: 'varchar', length: 255 })
  libelle: string;

  @Index('IDX_rome_appellations_code_rome')
  @Column({ type: 'char', length: 5 })
  codeRome: string;

  @ManyToOne(() => FicheRomeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'code_rome', foreignKeyConstraintName: 'FK_rome_appellations_fiche' })
  fiche?: FicheRomeEntity;

  @Column({ type: 'varchar', length: 255 })
  libelleNormalise: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

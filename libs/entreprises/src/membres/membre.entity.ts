import { User } from '@app/accounts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Entreprise } from '../entreprises/entreprise.entity';

export enum RattachementStatut {
  EN_ATTENTE = 'en_attente',
  VALIDEE = 'validee',
  REFUSEE = 'refusee',
}

/**
 * An employer account attached to an entreprise. Only a `validee` link gives access: an
 * account signed up from the portal waits for a CRE to check who they are.
 */
@Entity('entreprise_membres')
@Index('IDX_entreprise_membres_user', ['userId'])
export class EntrepriseMembre {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_entreprise_membres' })
  entrepriseId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_entreprise_membres' })
  userId: string;

  @ManyToOne(() => Entreprise, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'entreprise_id',
    foreignKeyConstraintName: 'FK_entreprise_membres_entreprise',
  })
  entreprise?: Entreprise;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_entreprise_membres_user' })
  user?: User;

  @Column({
    type: 'enum',
    enum: RattachementStatut,
    enumName: 'rattachement_statut',
    default: RattachementStatut.EN_ATTENTE,
  })
  statut: RattachementStatut;

  /** The number given at sign-up (E.164), so the CRE can call back before validating. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  telephone: string | null;

  /** Who validated or refused the link, and when. */
  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'decided_by_id',
    foreignKeyConstraintName: 'FK_entreprise_membres_decided_by',
  })
  decidedBy?: User;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

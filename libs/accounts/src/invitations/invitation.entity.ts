import { Role } from '@app/core';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { Structure } from '../structures/structure.entity';
import { User } from '../users/user.entity';

export enum InvitationStatus {
  EN_ATTENTE = 'en_attente',
  ACCEPTEE = 'acceptee',
  REVOQUEE = 'revoquee',
}

/**
 * A single-use link that lets someone create their account. The token is a messaging signed link
 * (purpose `compte.activer`); only its SHA-256 is stored here, for lookup: a new link (resend)
 * replaces it, so the old one stops working. The email is a messages row (`messageId`): its
 * delivery state, retries and errors are messaging's.
 */
@Entity('invitations')
@Unique('UQ_invitations_token_hash', ['tokenHash'])
export class Invitation {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_invitations' })
  id: string;

  @Index('IDX_invitations_structure')
  @Column({ type: 'uuid' })
  structureId: string;

  @ManyToOne(() => Structure, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'structure_id', foreignKeyConstraintName: 'FK_invitations_structure' })
  structure?: Structure;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role: Role;

  @Column({ type: 'varchar', length: 100 })
  prenom: string;

  @Column({ type: 'varchar', length: 100 })
  nom: string;

  @Column({ type: 'char', length: 64, select: false })
  tokenHash: string;

  @Column({
    type: 'enum',
    enum: InvitationStatus,
    enumName: 'invitation_status',
    default: InvitationStatus.EN_ATTENTE,
  })
  status: InvitationStatus;

  @Column({ type: 'uuid' })
  invitedById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invited_by_id', foreignKeyConstraintName: 'FK_invitations_invited_by' })
  invitedBy?: User;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** The email of the current link (messaging's messages row). */
  @Column({ type: 'uuid', nullable: true })
  messageId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_invitations_user' })
  user?: User;

  /** For an employer: the entreprise the account will be attached to (validated) on acceptance. */
  @Column({ type: 'uuid', nullable: true })
  entrepriseId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A single-use link that was used: its id (jti) can never be used again. */
@Entity('signed_link_uses')
export class SignedLinkUse {
  @PrimaryColumn({ type: 'varchar', length: 32, primaryKeyConstraintName: 'PK_signed_link_uses' })
  jti: string;

  @Column({ type: 'varchar', length: 60 }) purpose: string;
  @Column({ type: 'varchar', length: 300 }) subject: string;
  /** When the link itself expires: rows past it can be purged. */
  @Column({ type: 'timestamptz' }) expiresAt: Date;
  @CreateDateColumn({ type: 'timestamptz' }) usedAt: Date;
}

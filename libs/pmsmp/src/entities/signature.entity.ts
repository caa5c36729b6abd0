import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Signataire } from '../domain/pmsmp-codes';
import { Convention } from './convention.entity';

/**
 * One signature: who, when, from where (IP, user agent), and the SHA-256 of the exact version
 * signed. An edit withdraws the live ones (`retireeAt`): one live signature per signatory.
 */
@Entity('pmsmp_signatures')
@Index('UQ_pmsmp_signatures_vivante', ['conventionId', 'signataire'], {
  unique: true,
  where: '"retiree_at" IS NULL',
})
export class Signature {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_pmsmp_signatures' })
  id: string;

  @Column({ type: 'uuid' }) conventionId: string;
  @ManyToOne(() => Convention, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'convention_id', foreignKeyConstraintName: 'FK_pmsmp_signatures_convention' })
  convention?: Convention;

  @Column({ type: 'varchar', length: 20 }) signataire: Signataire;
  @Column({ type: 'varchar', length: 210 }) nom: string;
  @Column({ type: 'varchar', length: 254 }) email: string;
  @Column({ type: 'int' }) version: number;
  @Column({ type: 'char', length: 64 }) contenuSha256: string;
  @Column({ type: 'timestamptz' }) signedAt: Date;
  @Column({ type: 'varchar', length: 45 }) ip: string;
  @Column({ type: 'varchar', length: 500 }) userAgent: string;
  @Column({ type: 'timestamptz', nullable: true }) retireeAt: Date | null;
}

import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Canal, ConsentSource } from '../domain/jeune-codes';
import { Jeune } from './jeune.entity';

/**
 * The history of a jeune's consents: one row per change (given or withdrawn), with when and how.
 * It holds no contact detail (no address, no number): it survives anonymisation as it is.
 */
@Entity('jeune_consentements')
@Index('IDX_jeune_consentements_jeune', ['jeuneId', 'at'])
export class JeuneConsentement {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_jeune_consentements' })
  id: string;

  @Column({ type: 'uuid' }) jeuneId: string;
  @ManyToOne(() => Jeune, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'jeune_id', foreignKeyConstraintName: 'FK_jeune_consentements_jeune' })
  jeune?: Jeune;

  @Column({ type: 'varchar', length: 5 }) canal: Canal;
  @Column({ type: 'boolean' }) donne: boolean;
  @Column({ type: 'varchar', length: 12 }) source: ConsentSource;
  /** The staff member who recorded it; null for the jeune's own link, a STOP, an import. */
  @Column({ type: 'uuid', nullable: true }) byUserId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) at: Date;
}

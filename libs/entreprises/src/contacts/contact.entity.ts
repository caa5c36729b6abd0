import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Entreprise } from '../entreprises/entreprise.entity';

/** A person to call or write to at the entreprise; not necessarily someone with an account. */
@Entity('entreprise_contacts')
@Index('IDX_entreprise_contacts_entreprise', ['entrepriseId'])
// At most one principal contact: the one who receives employer notifications.
@Index('UQ_entreprise_contacts_principal', ['entrepriseId'], { unique: true, where: '"principal"' })
@Check('CHK_entreprise_contacts_email_lowercase', `"email" = lower("email")`)
export class EntrepriseContact {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_entreprise_contacts' })
  id: string;

  @Column({ type: 'uuid' })
  entrepriseId: string;

  @ManyToOne(() => Entreprise, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'entreprise_id',
    foreignKeyConstraintName: 'FK_entreprise_contacts_entreprise',
  })
  entreprise?: Entreprise;

  @Column({ type: 'varchar', length: 100, nullable: true })
  prenom: string | null;

  @Column({ type: 'varchar', length: 100 })
  nom: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  fonction: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  /** E.164. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  telephone: string | null;

  @Column({ type: 'boolean', default: false })
  principal: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

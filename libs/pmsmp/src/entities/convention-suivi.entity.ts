import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { EcheanceSuivi, SituationSuivi } from '../domain/pmsmp-codes';
import { Convention } from './convention.entity';

/** The jeune's situation after the end: one row per agreement × échéance (+15 d, +1 m, +3 m). */
@Entity('pmsmp_suivis')
@Unique('UQ_pmsmp_suivis_convention_echeance', ['conventionId', 'echeance'])
@Index('IDX_pmsmp_suivis_a_envoyer', ['dueOn'], { where: '"sent_at" IS NULL' })
@Index('IDX_pmsmp_suivis_reponse', ['answeredAt', 'id'])
export class ConventionSuivi {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_pmsmp_suivis' })
  id: string;

  @Column({ type: 'uuid' }) conventionId: string;
  @ManyToOne(() => Convention, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'convention_id', foreignKeyConstraintName: 'FK_pmsmp_suivis_convention' })
  convention?: Convention;

  @Column({ type: 'uuid' }) structureId: string;
  @Column({ type: 'varchar', length: 3 }) echeance: EcheanceSuivi;
  @Column({ type: 'date' }) dueOn: string;
  @Column({ type: 'timestamptz', nullable: true }) sentAt: Date | null;
  @Column({ type: 'varchar', length: 12, nullable: true }) situation: SituationSuivi | null;
  @Column({ type: 'varchar', length: 12, nullable: true }) source: 'lien' | 'conseiller' | null;
  @Column({ type: 'timestamptz', nullable: true }) answeredAt: Date | null;
}

import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { MiseEnRelation } from '../entities/mise-en-relation.entity';

export type SuiviRepondant = 'employeur' | 'jeune';
export type SuiviReponse = 'en_poste' | 'plus_en_poste';
/** The checks after a hire, in months. */
export const SUIVI_MOIS = [1, 3] as const;
export type SuiviMois = (typeof SUIVI_MOIS)[number];
export const SUIVI_REPONDANTS: SuiviRepondant[] = ['employeur', 'jeune'];
export const SUIVI_REPONSES: SuiviReponse[] = ['en_poste', 'plus_en_poste'];

/**
 * One follow-up check of a hire: hire × échéance (1 or 3 months) × répondant (employer, jeune).
 * Created once (unique key), sent once (`sent_at`, set with the message rows), answered once
 * (single-use link; `reponse` set only while null).
 */
@Entity('mer_suivis')
@Check('CHK_mer_suivis_mois', `"mois" IN (1, 3)`)
@Check('CHK_mer_suivis_repondant', `"repondant" IN ('employeur', 'jeune')`)
@Check('CHK_mer_suivis_reponse', `"reponse" IS NULL OR "reponse" IN ('en_poste', 'plus_en_poste')`)
@Check('CHK_mer_suivis_answered', `("reponse" IS NULL) = ("answered_at" IS NULL)`)
@Unique('UQ_mer_suivis_mer_mois_repondant', ['merId', 'mois', 'repondant'])
@Index('IDX_mer_suivis_a_envoyer', ['dueAt'], { where: '"sent_at" IS NULL' })
@Index('IDX_mer_suivis_structure_recrute', ['structureId', 'recruteAt'])
export class MerSuivi {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_mer_suivis' })
  id: string;

  @Column({ type: 'uuid' }) merId: string;
  @ManyToOne(() => MiseEnRelation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mer_id', foreignKeyConstraintName: 'FK_mer_suivis_mer' })
  mer?: MiseEnRelation;
  /** The MER's (offer's) structure: the statistics are per structure. */
  @Column({ type: 'uuid' }) structureId: string;
  @Column({ type: 'smallint' }) mois: SuiviMois;
  @Column({ type: 'varchar', length: 10 }) repondant: SuiviRepondant;
  /** When the hire was recorded: the yearly figures count hires by this date. */
  @Column({ type: 'timestamptz' }) recruteAt: Date;
  @Column({ type: 'timestamptz' }) dueAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) sentAt: Date | null;
  @Column({ type: 'varchar', length: 15, nullable: true }) reponse: SuiviReponse | null;
  @Column({ type: 'timestamptz', nullable: true }) answeredAt: Date | null;
  @Column({ type: 'timestamptz' }) createdAt: Date;
}

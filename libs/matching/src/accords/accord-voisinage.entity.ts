import { Structure } from '@app/accounts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AccordStatut } from './accord-transitions';

/**
 * An agreement between two structures to open their jeunes to each other's offers. The
 * `demandeur` proposes it, the `partenaire`'s admin accepts (or refuses) it; either revokes it.
 * Only an accepted agreement lets a structure's `structuresVoisines` reach the other's jeunes.
 */
@Entity('matching_accords')
@Index('IDX_matching_accords_demandeur', ['demandeurId', 'statut'])
@Index('IDX_matching_accords_partenaire', ['partenaireId', 'statut'])
export class AccordVoisinage {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_matching_accords' })
  id: string;

  @Column({ type: 'uuid' }) demandeurId: string;
  @ManyToOne(() => Structure, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'demandeur_id', foreignKeyConstraintName: 'FK_matching_accords_demandeur' })
  demandeur?: Structure;

  @Column({ type: 'uuid' }) partenaireId: string;
  @ManyToOne(() => Structure, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partenaire_id', foreignKeyConstraintName: 'FK_matching_accords_partenaire' })
  partenaire?: Structure;

  @Column({ type: 'varchar', length: 10 }) statut: AccordStatut;
  @Column({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz' }) updatedAt: Date;
}

/** One row per applied transition: who, when, from, to. */
@Entity('matching_accord_transitions')
@Index('IDX_matching_accord_transitions_accord', ['accordId', 'at'])
export class AccordTransition {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_matching_accord_transitions' })
  id: string;

  @Column({ type: 'uuid' }) accordId: string;
  @ManyToOne(() => AccordVoisinage, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'accord_id',
    foreignKeyConstraintName: 'FK_matching_accord_transitions_accord',
  })
  accord?: AccordVoisinage;

  @Column({ type: 'varchar', length: 10, nullable: true }) fromStatut: AccordStatut | null;
  @Column({ type: 'varchar', length: 10 }) toStatut: AccordStatut;
  @Column({ type: 'uuid' }) byUserId: string;
  @Column({ type: 'uuid' }) byStructureId: string;
  @Column({ type: 'timestamptz' }) at: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

const PK = 'PK_pilotage_compteurs';
const PK_CONTACTS = 'PK_pilotage_contacts';

/**
 * Daily counts of the facts there are many of (messages, PMSMP), kept with the facts in the same
 * transaction and only for facts that were new: the report sums a few hundred rows instead of
 * scanning tens of thousands of facts, and a replay still counts once.
 */
@Entity('pilotage_compteurs')
export class Compteur {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: PK })
  structureId: string;
  @PrimaryColumn({ type: 'varchar', length: 20, primaryKeyConstraintName: PK }) nature: string;
  /** The Paris date of the fact. */
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: PK }) jour: string;
  /** e.g. `sms:delivre`, `decouvrir`, `90:1`. */
  @PrimaryColumn({ type: 'varchar', length: 60, primaryKeyConstraintName: PK }) cle: string;
  @Column({ type: 'integer' }) n: number;
}

/** A jeune sent at least one message on a channel that day: "jeunes contactés" counts these. */
@Entity('pilotage_contacts')
export class Contact {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: PK_CONTACTS })
  structureId: string;
  /** `email`, `sms`, or `*` (any channel: one more row, so distinct jeunes need no sort). */
  @PrimaryColumn({ type: 'varchar', length: 5, primaryKeyConstraintName: PK_CONTACTS })
  canal: string;
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: PK_CONTACTS }) jeuneId: string;
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: PK_CONTACTS }) jour: string;
}

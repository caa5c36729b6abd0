import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** `/l/<code>` → a long URL (a signed link, usually): keeps SMS within one segment. */
@Entity('short_links')
export class ShortLink {
  @PrimaryColumn({ type: 'varchar', length: 16, primaryKeyConstraintName: 'PK_short_links' })
  code: string;

  @Column({ type: 'text' }) url: string;
  @Column({ type: 'uuid', nullable: true }) messageId: string | null;
  @Column({ type: 'timestamptz' }) expiresAt: Date;
  @Column({ type: 'integer', default: 0 }) clicks: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

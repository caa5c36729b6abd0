import { Clock } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MiseEnRelation } from '../entities/mise-en-relation.entity';
import { MerStatut } from '../lifecycle/mer-statut';
import { transaction } from '../lifecycle/mer-tx';
import { MerSuiviConfig } from './mer-suivi.config';
import { MerSuivi, SUIVI_REPONDANTS } from './mer-suivi.entity';
import { echeancesSuivi } from './mer-suivi-echeances';
import { MerSuiviNotifier } from './mer-suivi-notifier.service';

const DAY = 86_400_000;
/** Hires older than this are not given checks lazily (their checks are long past). */
const RATTRAPAGE_RECRUTEMENTS_JOURS = 400;

/**
 * The follow-up after a hire: the checks are created on `mer.recrutee` (or lazily by the sweep,
 * for a hire whose event was missed), and the daily sweep sends those due with the injected
 * clock. Unique (hire, months, répondant) and `sent_at` written with the message rows: a sweep
 * run twice, or an event replayed, creates and sends nothing twice.
 */
@Injectable()
export class MerSuiviService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifier: MerSuiviNotifier,
    private readonly config: MerSuiviConfig,
    private readonly clock: Clock,
  ) {}

  /** The checks of a hire (none if the MER is not `recrutee`); returns how many were created. */
  async planifier(merId: string, m: EntityManager = this.dataSource.manager): Promise<number> {
    const mer = await m.getRepository(MiseEnRelation).findOneBy({ id: merId });
    if (!mer || mer.statut !== MerStatut.RECRUTEE) return 0;
    const now = this.clock.now();
    // `recrutee` is final: its status time is the hire's.
    const rows = echeancesSuivi(mer.statutAt, mer.contrat).flatMap((e) =>
      SUIVI_REPONDANTS.map((repondant) => ({
        merId: mer.id,
        structureId: mer.structureId,
        mois: e.mois,
        repondant,
        recruteAt: mer.statutAt,
        dueAt: e.dueAt,
        createdAt: now,
      })),
    );
    if (rows.length === 0) return 0;
    const result = await m
      .createQueryBuilder()
      .insert()
      .into(MerSuivi)
      .values(rows)
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as unknown[]).length;
  }

  /** The daily job: creates missing checks, then sends those due (not those long overdue). */
  async sweep(): Promise<{ crees: number; envoyes: number }> {
    const crees = await this.rattraper();
    const now = this.clock.now();
    const depuis = new Date(now.getTime() - this.config.MER_SUIVI_RATTRAPAGE_JOURS * DAY);
    const dus = await this.dataSource
      .getRepository(MerSuivi)
      .createQueryBuilder('s')
      .select('s.id', 'id')
      .where('s.sent_at IS NULL AND s.due_at <= :now AND s.due_at > :depuis', { now, depuis })
      .orderBy('s.due_at', 'ASC')
      .getRawMany<{ id: string }>();
    let envoyes = 0;
    for (const { id } of dus) if (await this.envoyer(id)) envoyes++;
    return { crees, envoyes };
  }

  /** One check, in its own transaction: the message rows and `sent_at` commit together. */
  async envoyer(id: string): Promise<boolean> {
    return transaction(this.dataSource, async (m) => {
      const s = await m.getRepository(MerSuivi).findOne({
        where: { id },
        lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
      });
      if (!s || s.sentAt || s.dueAt > this.clock.now()) return false;
      const mer = await m.getRepository(MiseEnRelation).findOneBy({ id: s.merId });
      if (!mer || !(await this.notifier.envoyer(m, s, mer))) return false;
      await m.getRepository(MerSuivi).update({ id: s.id }, { sentAt: this.clock.now() });
      return true;
    });
  }

  /** Hires of the last months without any check (event missed, hire before this feature). */
  private async rattraper(): Promise<number> {
    const depuis = new Date(this.clock.now().getTime() - RATTRAPAGE_RECRUTEMENTS_JOURS * DAY);
    const ids: { id: string }[] = await this.dataSource.query(
      `SELECT m.id FROM mises_en_relation m
       WHERE m.statut = $1 AND m.statut_at >= $2
       AND NOT EXISTS (SELECT 1 FROM mer_suivis s WHERE s.mer_id = m.id)
       ORDER BY m.statut_at`,
      [MerStatut.RECRUTEE, depuis],
    );
    let crees = 0;
    for (const { id } of ids) crees += await this.planifier(id);
    return crees;
  }
}

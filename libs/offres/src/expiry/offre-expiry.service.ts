import { Clock } from '@app/core';
import { EntreprisesService } from '@app/entreprises';
import { NotificationsService, SignedLinksService } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, LessThanOrEqual, Repository } from 'typeorm';
import { OffreLifecycleService } from '../lifecycle/offre-lifecycle.service';
import { OffreAction } from '../lifecycle/offre-transitions';
import { Offre } from '../offre.entity';
import { OffreStatut } from '../offre-statut';

/** A published offer without activity (publication, edit, extension) for this long expires. */
export const OFFRE_EXPIRY_DAYS = 60;
/** The employer is reminded this many days before. */
export const OFFRE_REMINDER_DAYS_BEFORE = 7;
export const EXTEND_LINK_PURPOSE = 'offre.prolonger';
const DAY = 86_400_000;

@Injectable()
export class OffreExpiryService {
  constructor(
    @InjectRepository(Offre) private readonly offres: Repository<Offre>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lifecycle: OffreLifecycleService,
    private readonly entreprises: EntreprisesService,
    private readonly notifications: NotificationsService,
    private readonly links: SignedLinksService,
    private readonly clock: Clock,
  ) {}

  /** The scheduled sweep: writes the reminders that are due and expires the offers past their date. */
  async sweep(): Promise<{ rappels: number; expirees: number }> {
    const now = this.clock.now().getTime();
    const due = await this.offres
      .createQueryBuilder('o')
      .where('o.statut = :s', { s: OffreStatut.PUBLIEE })
      .andWhere('o.lastActivityAt <= :t', {
        t: new Date(now - (OFFRE_EXPIRY_DAYS - OFFRE_REMINDER_DAYS_BEFORE) * DAY),
      })
      .andWhere('o.lastActivityAt > :e', { e: new Date(now - OFFRE_EXPIRY_DAYS * DAY) })
      .andWhere('(o.expiryReminderSentAt IS NULL OR o.expiryReminderSentAt < o.lastActivityAt)')
      .getMany();
    let rappels = 0;
    for (const o of due) if ((await this.remind(o.id)) === 'envoye') rappels++;
    const expired = await this.offres.find({
      where: {
        statut: OffreStatut.PUBLIEE,
        lastActivityAt: LessThanOrEqual(new Date(now - OFFRE_EXPIRY_DAYS * DAY)),
      },
    });
    for (const o of expired) {
      await this.lifecycle.apply(
        o.id,
        OffreAction.EXPIRER,
        { role: 'system' },
        {
          motif: `Sans mise à jour depuis ${OFFRE_EXPIRY_DAYS} jours`,
        },
      );
    }
    return { rappels, expirees: expired.length };
  }

  /**
   * Writes the reminder (one message per employer address, through messaging) and marks it sent,
   * in one transaction on the locked offer: a sweep run twice, or concurrently, reminds once per
   * activity period (the message's event carries the period's start).
   */
  remind(offreId: string): Promise<'envoye' | 'inutile' | 'aucun_destinataire'> {
    return this.dataSource.transaction(async (manager) => {
      const offre = await manager
        .getRepository(Offre)
        .createQueryBuilder('o')
        .setLock('pessimistic_write')
        .where('o.id = :offreId', { offreId })
        .getOne();
      if (!offre || offre.statut !== OffreStatut.PUBLIEE) return 'inutile';
      if (offre.expiryReminderSentAt && offre.expiryReminderSentAt >= offre.lastActivityAt)
        return 'inutile';
      const to = await this.entreprises.employerEmails(offre.entrepriseId);
      if (to.length === 0) return 'aucun_destinataire';
      const expireLe = new Date(offre.lastActivityAt.getTime() + OFFRE_EXPIRY_DAYS * DAY);
      const token = this.links.sign({
        purpose: EXTEND_LINK_PURPOSE,
        subject: `offre:${offre.id}`,
        resource: offre.id,
        ttlSeconds: Math.ceil((expireLe.getTime() + 30 * DAY - this.clock.now().getTime()) / 1000),
      });
      for (const email of to) {
        await this.notifications.notify(manager, {
          event: `offre.expiration:${offre.id}:${offre.lastActivityAt.getTime()}`,
          structureId: offre.structureId,
          destinataire: { email },
          template: 'offre_expiration',
          data: {
            offre: offre.titre,
            expireLe: expireLe.toISOString(),
            lienProlonger: this.links.url('prolonger-offre', token),
          },
        });
      }
      await manager
        .getRepository(Offre)
        .update(offre.id, { expiryReminderSentAt: this.clock.now() });
      return 'envoye';
    });
  }
}

import { AppConfig, Clock, JOB, jobId, MailService, QUEUE } from '@app/core';
import { EntreprisesService } from '@app/entreprises';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { LessThanOrEqual, Repository } from 'typeorm';
import { OffreLifecycleService } from '../lifecycle/offre-lifecycle.service';
import { OffreAction } from '../lifecycle/offre-transitions';
import { Offre } from '../offre.entity';
import { OffreStatut } from '../offre-statut';
import { expiryReminderMail } from './expiry-reminder.mail';

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
    @InjectQueue(QUEUE.MAINTENANCE) private readonly maintenance: Queue,
    private readonly lifecycle: OffreLifecycleService,
    private readonly entreprises: EntreprisesService,
    private readonly mail: MailService,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** The scheduled sweep: queues the reminders that are due and expires the offers past their date. */
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
    for (const o of due) {
      // One reminder per activity period: the job id carries the period's start.
      await this.maintenance.add(
        JOB.SEND_OFFRE_EXPIRY_REMINDER,
        { offreId: o.id },
        { jobId: jobId(JOB.SEND_OFFRE_EXPIRY_REMINDER, o.id, String(o.lastActivityAt.getTime())) },
      );
    }
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
    return { rappels: due.length, expirees: expired.length };
  }

  /** Idempotent: reloads the offer and sends only if the reminder is still due for this period. */
  async sendReminder(offreId: string): Promise<'envoye' | 'inutile' | 'aucun_destinataire'> {
    const offre = await this.offres.findOneBy({ id: offreId });
    if (!offre || offre.statut !== OffreStatut.PUBLIEE) return 'inutile';
    if (offre.expiryReminderSentAt && offre.expiryReminderSentAt >= offre.lastActivityAt)
      return 'inutile';
    const to = await this.entreprises.employerEmails(offre.entrepriseId);
    if (to.length === 0) return 'aucun_destinataire';
    const expireLe = new Date(offre.lastActivityAt.getTime() + OFFRE_EXPIRY_DAYS * DAY);
    const token = await this.jwt.signAsync(
      { sub: offre.id, purpose: EXTEND_LINK_PURPOSE },
      { expiresIn: Math.ceil((expireLe.getTime() + 30 * DAY - this.clock.now().getTime()) / 1000) },
    );
    await this.mail.send(
      expiryReminderMail({
        to,
        offre,
        expireLe,
        lien: `${this.config.PUBLIC_URL}/prolonger-offre/${token}`,
      }),
    );
    await this.offres.update({ id: offre.id }, { expiryReminderSentAt: this.clock.now() });
    return 'envoye';
  }
}

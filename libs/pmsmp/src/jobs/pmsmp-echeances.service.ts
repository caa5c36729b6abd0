import { Clock } from '@app/core';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, LessThan, LessThanOrEqual } from 'typeorm';
import { BilanService } from '../bilan/bilan.service';
import { SuiviService } from '../bilan/suivi.service';
import { ConventionStatut as S } from '../domain/pmsmp-codes';
import { ConventionSuivi } from '../entities/convention-suivi.entity';
import { Convention } from '../entities/convention.entity';
import { addDays, parisToday } from '../rules/calendrier';
import { PmsmpConfig } from '../pmsmp.config';
import { PmsmpNotifier } from '../signatures/pmsmp-notifier.service';
import { SignatureLinksService } from '../signatures/signature-links.service';

/**
 * The daily sweep, with the injected clock; each agreement in its own transaction under its
 * lock, state re-checked, `relances` recorded with the messages: run twice, it sends nothing
 * twice. Before the start: missing signatures and the ML's validation are reminded once. After
 * the end: the tutor's assessment is asked once (`relances` of a validated agreement); the
 * situation checks due are sent.
 */
@Injectable()
export class PmsmpEcheancesService {
  private readonly logger = new Logger(PmsmpEcheancesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly liens: SignatureLinksService,
    private readonly notifier: PmsmpNotifier,
    private readonly bilans: BilanService,
    private readonly suivis: SuiviService,
    private readonly config: PmsmpConfig,
    private readonly clock: Clock,
  ) {}

  async sweep() {
    const today = parisToday(this.clock.now());
    const bientot = addDays(today, this.config.PMSMP_RELANCE_JOURS_AVANT);
    const repo = this.dataSource.getRepository(Convention);
    const aRelancer = await repo.find({
      select: { id: true },
      where: {
        statut: In([S.A_SIGNER, S.PARTIELLEMENT_SIGNEE, S.SIGNEE]),
        relances: 0,
        dateDebut: LessThanOrEqual(bientot),
      },
    });
    const aBilan = await repo.find({
      select: { id: true },
      where: { statut: S.VALIDEE, relances: 0, bilan: IsNull(), dateFin: LessThan(today) },
    });
    const suivis = await this.dataSource.getRepository(ConventionSuivi).find({
      where: { sentAt: IsNull(), situation: IsNull(), dueOn: LessThanOrEqual(today) },
    });
    let relances = 0;
    let bilans = 0;
    let envoyes = 0;
    for (const { id } of aRelancer) {
      await this.dataSource.transaction(async (m) => {
        const c = await m
          .getRepository(Convention)
          .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!c || c.relances > 0 || c.dateDebut < today) return;
        if (c.statut === S.SIGNEE) await this.notifier.aValider(m, c, 1);
        else if ([S.A_SIGNER, S.PARTIELLEMENT_SIGNEE].includes(c.statut))
          await this.liens.envoyer(m, c, true);
        else return;
        await m.getRepository(Convention).update(id, { relances: 1 });
        relances++;
      });
    }
    for (const { id } of aBilan) {
      await this.dataSource.transaction(async (m) => {
        const c = await m
          .getRepository(Convention)
          .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!c || c.statut !== S.VALIDEE || c.relances > 0 || c.bilan) return;
        await this.bilans.demander(m, c);
        await m.getRepository(Convention).update(id, { relances: 1 });
        bilans++;
      });
    }
    for (const s of suivis) {
      await this.dataSource.transaction(async (m) => {
        const fresh = await m
          .getRepository(ConventionSuivi)
          .findOne({ where: { id: s.id }, lock: { mode: 'pessimistic_write' } });
        const c = await m.getRepository(Convention).findOneBy({ id: s.conventionId });
        if (!fresh || fresh.sentAt || fresh.situation || c?.statut !== S.VALIDEE) return;
        await this.suivis.envoyer(m, c, fresh);
        envoyes++;
      });
    }
    const result = { relances, bilans, suivis: envoyes };
    this.logger.log(result, 'Balayage PMSMP');
    return result;
  }
}

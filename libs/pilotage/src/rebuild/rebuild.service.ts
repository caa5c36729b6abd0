import { DOMAIN_EVENT } from '@app/core';
import { MessageHistoriqueService } from '@app/messaging';
import { MerHistoriqueService } from '@app/mises-en-relation';
import { OffreHistoriqueService } from '@app/offres';
import { PmsmpHistoriqueService } from '@app/pmsmp';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FAIT_DE, FaitEvent } from '../faits/fait-mapping';
import { FaitsService } from '../faits/faits.service';

type Page<T> = (apres: string | null) => Promise<{ items: T[]; suivant: string | null }>;

export interface RebuildReport {
  lus: Record<string, number>;
  ajoutes: Record<string, number>;
  /** Where the time went, by source: reading the module's history, writing the facts. */
  ms: Record<string, { lecture: number; ecriture: number }>;
  secondes: number;
}

/**
 * Rebuilds the read model from the modules' history, asked to their public services (never their
 * tables): each log row becomes the fact its live event would have made, with the same source
 * key, so a rebuild over a live read model adds only what was missed, and running it twice adds
 * nothing. `reset` empties the read model first (figures are incomplete until it ends).
 */
@Injectable()
export class PilotageRebuildService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly faits: FaitsService,
    private readonly offres: OffreHistoriqueService,
    private readonly mers: MerHistoriqueService,
    private readonly messages: MessageHistoriqueService,
    private readonly pmsmp: PmsmpHistoriqueService,
  ) {}

  async reconstruire(options: { reset?: boolean } = {}): Promise<RebuildReport> {
    const started = Date.now();
    if (options.reset) {
      await this.dataSource.query(
        'TRUNCATE pilotage_faits, pilotage_offres, pilotage_compteurs, pilotage_contacts, pilotage_syntheses',
      );
    }
    const report: RebuildReport = { lus: {}, ajoutes: {}, ms: {}, secondes: 0 };
    // Three independent streams side by side (their facts, counters and dimensions are disjoint;
    // the structures' versions are updated in sorted order): the database works while this
    // process maps the next page. Offers before MERs, as the live events come.
    await Promise.all([
      (async () => {
        await this.source(DOMAIN_EVENT.OFFRE_TRANSITION, (a) => this.offres.page(a), report);
        await this.source(DOMAIN_EVENT.MER_TRANSITION, (a) => this.mers.transitions(a), report);
        await this.source(DOMAIN_EVENT.MER_SUIVI_REPONDU, (a) => this.mers.suivis(a), report);
      })(),
      this.source(DOMAIN_EVENT.MESSAGE_STATUT, (a) => this.messages.page(a), report),
      (async () => {
        await this.source(DOMAIN_EVENT.PMSMP_TRANSITION, (a) => this.pmsmp.transitions(a), report);
        await this.source(DOMAIN_EVENT.PMSMP_BILAN, (a) => this.pmsmp.bilans(a), report);
        await this.source(DOMAIN_EVENT.PMSMP_SITUATION, (a) => this.pmsmp.situations(a), report);
      })(),
    ]);
    report.secondes = Math.round((Date.now() - started) / 100) / 10;
    return report;
  }

  private async source<E extends FaitEvent>(
    event: E,
    page: Page<Parameters<(typeof FAIT_DE)[E]>[0]>,
    report: RebuildReport,
  ): Promise<void> {
    const map = FAIT_DE[event] as (
      e: Parameters<(typeof FAIT_DE)[E]>[0],
    ) => ReturnType<(typeof FAIT_DE)[E]>;
    let apres: string | null = null;
    report.lus[event] = 0;
    report.ajoutes[event] = 0;
    const ms = (report.ms[event] = { lecture: 0, ecriture: 0 });
    do {
      let t = Date.now();
      const p = await page(apres);
      ms.lecture += Date.now() - t;
      t = Date.now();
      report.lus[event] += p.items.length;
      report.ajoutes[event] += await this.faits.enregistrer(p.items.map(map));
      ms.ecriture += Date.now() - t;
      apres = p.suivant;
    } while (apres);
  }
}

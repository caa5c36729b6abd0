import { Clock, JOB, jobId, QUEUE } from '@app/core';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { bornes, Periode, periode } from './periode';
import { SynthesesService } from './syntheses.service';

/**
 * A burst of facts of one structure gives one recomputation per window of this length: the job
 * id names the window, and the job runs just after it ends (so a fact arriving while it runs
 * belongs to the next window, whose job follows). Short: the default report is up to date
 * within about this long plus the computation.
 */
export const PARTS_FENETRE_MS = 2000;
/** Slack after the window, for clocks of several workers a little apart. */
const PARTS_MARGE_MS = 250;

/**
 * Keeps the parts of the default reports (the current and the previous calendar year, Paris, no
 * filter) computed ahead, in the worker, so that no request for them is cold: after a
 * structure's facts (debounced jobs), and for every structure nightly and at boot. Idempotent:
 * only missing or stale parts are computed (SynthesesService).
 */
@Injectable()
export class PartsDefautService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUE.MAINTENANCE) private readonly maintenance: Queue,
    private readonly syntheses: SynthesesService,
    private readonly clock: Clock,
  ) {}

  /** The default report's periods: the current calendar year and the one before. */
  annees(): string[] {
    const courante = Number(periode(undefined, undefined, this.clock.now()).du.slice(0, 4));
    return [String(courante), String(courante - 1)];
  }

  /** After new facts of a structure: its default parts recomputed once the window closes. */
  async planifier(structureId: string): Promise<void> {
    const now = Date.now();
    const fenetre = Math.floor(now / PARTS_FENETRE_MS);
    const delay = (fenetre + 1) * PARTS_FENETRE_MS + PARTS_MARGE_MS - now;
    for (const annee of this.annees()) {
      await this.maintenance.add(
        JOB.PILOTAGE_PARTS,
        { structureId, annee },
        { jobId: jobId(JOB.PILOTAGE_PARTS, structureId, annee, String(fenetre)), delay },
      );
    }
  }

  /** One structure's part of one default year, computed if missing or stale. */
  async garder(structureId: string, annee: string): Promise<void> {
    // A year that is no longer a default one (the job waited over New Year) is left to requests.
    if (!this.annees().includes(annee)) return;
    await this.syntheses.partiels(this.perimetre([structureId], annee));
  }

  /** Every known structure's default parts: those with facts and those sharing their figures. */
  async prechauffer(): Promise<{ structures: number }> {
    const ids: string[] = (
      await this.dataSource.query(
        `SELECT structure_id FROM pilotage_versions
         UNION SELECT structure_id FROM pilotage_adhesions ORDER BY 1`,
      )
    ).map((r: { structure_id: string }) => r.structure_id);
    if (ids.length) {
      for (const annee of this.annees()) await this.syntheses.partiels(this.perimetre(ids, annee));
    }
    return { structures: ids.length };
  }

  private perimetre(structureIds: string[], annee: string) {
    const p: Periode = { du: `${annee}-01-01`, au: `${annee}-12-31` };
    return { structureIds, ...p, ...bornes(p), creId: null, domaine: null };
  }
}

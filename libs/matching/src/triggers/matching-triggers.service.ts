import { Clock, JOB, jobId, QUEUE } from '@app/core';
import { OffresService } from '@app/offres';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { MatchingConfig } from '../matching.config';

/**
 * Everything that asks for matching ends here, as a job with a deterministic id: the offer, its
 * criteria version and the trigger. The same trigger repeated (50 identical events, a retried
 * relay) is one job; a new trigger (another ending, a re-opening) is a new, idempotent job.
 */
@Injectable()
export class MatchingTriggers {
  constructor(
    @InjectQueue(QUEUE.MATCHING) private readonly queue: Queue,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly offres: OffresService,
    private readonly config: MatchingConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * An offer to match (published, criteria changed: `cause` empty; re-opened: the event's id).
   * Returns the job id, or null when the offer is not published (nothing to do).
   */
  async offre(offreId: string, cause?: string): Promise<string | null> {
    const [offre] = await this.offres.findPublishedForMatching({ ids: [offreId], limit: 1 });
    if (!offre) return null;
    // Lets the first job of a burst take this offer along (joint assignment).
    await this.dataSource.query(
      `INSERT INTO matching_demandes (offre_id, structure_id, demandee_at) VALUES ($1, $2, $3)
       ON CONFLICT (offre_id) DO NOTHING`,
      [offre.id, offre.structureId, this.clock.now()],
    );
    const id = jobId(
      JOB.MATCH_OFFRE,
      offre.id,
      `v${offre.versionCriteres}`,
      ...(cause ? [cause] : []),
    );
    await this.queue.add(
      JOB.MATCH_OFFRE,
      { offreId: offre.id, version: offre.versionCriteres },
      { jobId: id },
    );
    return id;
  }

  /**
   * Top the offer up to its wanted number of candidates (after a proposal ended). `cause` names
   * the ending (e.g. the proposal's id) so that the same ending twice is one job.
   */
  topUp(offreId: string, cause: string): Promise<string | null> {
    return this.offre(offreId, `complement-${cause}`);
  }

  /** The sweep's lots, one job each (ids: the sweep's run and the lot's rank). */
  async lots(run: string, lots: string[][]): Promise<void> {
    await this.queue.addBulk(
      lots.map((offreIds, i) => ({
        name: JOB.MATCH_LOT,
        data: { offreIds },
        opts: { jobId: jobId(JOB.MATCH_LOT, run, String(i)) },
      })),
    );
  }

  /** A jeune became proposable or moved: re-match near them, after a debounce. */
  async jeune(jeuneId: string, version: number): Promise<string> {
    const id = jobId(JOB.REMATCH_JEUNE, jeuneId, `v${version}`);
    await this.queue.add(
      JOB.REMATCH_JEUNE,
      { jeuneId, version },
      { jobId: id, delay: this.config.MATCHING_RELANCE_JEUNE_MS },
    );
    return id;
  }
}

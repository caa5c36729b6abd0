import { DOMAIN_EVENT, EventPayload, JOB, JobHandler, JobPayload, OnDomainEvent } from '@app/core';
import { Injectable } from '@nestjs/common';
import { Job } from 'bullmq';
import { MatchingJobsService } from './matching/matching-jobs.service';
import { CandidatsProjectionService } from './projection/candidats-projection.service';
import { JeunesSourceAdapter } from './projection/jeunes-source.adapter';
import { PropositionsService } from './propositions/propositions.service';
import { MatchingTriggers } from './triggers/matching-triggers.service';

type E<N extends (typeof DOMAIN_EVENT)[keyof typeof DOMAIN_EVENT]> = EventPayload<N>;

/** The matcher's jobs and its subscriptions to the domain events (worker only). */
@Injectable()
export class MatchingHandlers {
  constructor(
    private readonly triggers: MatchingTriggers,
    private readonly jobs: MatchingJobsService,
    private readonly propositions: PropositionsService,
    private readonly projection: CandidatsProjectionService,
    private readonly jeunes: JeunesSourceAdapter,
  ) {}

  @OnDomainEvent(DOMAIN_EVENT.OFFRE_PUBLIEE)
  offrePubliee({ offreId }: E<typeof DOMAIN_EVENT.OFFRE_PUBLIEE>) {
    return this.triggers.offre(offreId);
  }

  @OnDomainEvent(DOMAIN_EVENT.OFFRE_CRITERES_MODIFIES)
  criteresModifies({ offreId }: E<typeof DOMAIN_EVENT.OFFRE_CRITERES_MODIFIES>) {
    return this.triggers.offre(offreId);
  }

  /** A re-opening is a new trigger at the same version: the event's id tells it apart. */
  @OnDomainEvent(DOMAIN_EVENT.OFFRE_ROUVERTE)
  offreRouverte({ offreId, eventId }: E<typeof DOMAIN_EVENT.OFFRE_ROUVERTE>) {
    return this.triggers.offre(offreId, `rouverte-${eventId}`);
  }

  @OnDomainEvent(DOMAIN_EVENT.OFFRE_FERMEE)
  offreFermee({ offreId }: E<typeof DOMAIN_EVENT.OFFRE_FERMEE>) {
    return this.propositions.fermerPourOffre(offreId);
  }

  @OnDomainEvent(DOMAIN_EVENT.PROPOSITION_CLOTUREE)
  propositionCloturee({ offreId, propositionId }: E<typeof DOMAIN_EVENT.PROPOSITION_CLOTUREE>) {
    return this.triggers.topUp(offreId, propositionId);
  }

  @OnDomainEvent(DOMAIN_EVENT.JEUNE_MODIFIE)
  async jeuneModifie({ jeuneId }: E<typeof DOMAIN_EVENT.JEUNE_MODIFIE>) {
    const applied = await this.jeunes.synchroniser(jeuneId);
    if (applied.relancer) await this.triggers.jeune(jeuneId, applied.version!);
    return applied;
  }

  @OnDomainEvent(DOMAIN_EVENT.JEUNE_ANONYMISE)
  jeuneAnonymise({ jeuneId }: E<typeof DOMAIN_EVENT.JEUNE_ANONYMISE>) {
    return this.projection.supprimerJeune(jeuneId);
  }

  @JobHandler(JOB.MATCH_OFFRE)
  matchOffre({ offreId, version }: JobPayload<typeof JOB.MATCH_OFFRE>) {
    return this.jobs.traiterOffre(offreId, version);
  }

  @JobHandler(JOB.REMATCH_JEUNE)
  rematchJeune({ jeuneId, version }: JobPayload<typeof JOB.REMATCH_JEUNE>) {
    return this.jobs.relancerJeune(jeuneId, version);
  }

  /** Plans the nightly sweep; its lots are jobs of their own, for every worker process. */
  @JobHandler(JOB.SWEEP_MATCHING)
  sweep(_: JobPayload<typeof JOB.SWEEP_MATCHING>, job: Job) {
    return this.jobs.lancerBalayage(String(job.id).replace(/[^\w-]/g, '_'));
  }

  @JobHandler(JOB.MATCH_LOT)
  matchLot({ offreIds }: JobPayload<typeof JOB.MATCH_LOT>) {
    return this.jobs.traiterLot(offreIds);
  }
}

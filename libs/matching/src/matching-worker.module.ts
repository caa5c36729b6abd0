import { DOMAIN_EVENT, JOB, JobHandlerRegistry, JobSchedulers } from '@app/core';
import { Module, OnModuleInit } from '@nestjs/common';
import { MatchingConfig } from './matching.config';
import { MatchingJobsService } from './matching/matching-jobs.service';
import { MatchingModule } from './matching.module';
import { CandidatsProjectionService } from './projection/candidats-projection.service';
import { JeunesSourceAdapter } from './projection/jeunes-source.adapter';
import { PropositionsService } from './propositions/propositions.service';
import { MatchingTriggers } from './triggers/matching-triggers.service';

/** Subscribes the matcher to the domain events, registers its jobs and the nightly sweep. */
@Module({ imports: [MatchingModule] })
export class MatchingWorkerModule implements OnModuleInit {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly triggers: MatchingTriggers,
    private readonly jobs: MatchingJobsService,
    private readonly propositions: PropositionsService,
    private readonly projection: CandidatsProjectionService,
    private readonly jeunes: JeunesSourceAdapter,
    private readonly config: MatchingConfig,
    private readonly schedulers: JobSchedulers,
  ) {}

  onModuleInit(): void {
    this.schedulers.define(JOB.SWEEP_MATCHING, {
      pattern: this.config.MATCHING_BALAYAGE_CRON,
      tz: 'Europe/Paris',
    });
    const r = this.registry;
    r.subscribe(DOMAIN_EVENT.OFFRE_PUBLIEE, ({ offreId }) => this.triggers.offre(offreId));
    r.subscribe(DOMAIN_EVENT.OFFRE_CRITERES_MODIFIES, ({ offreId }) =>
      this.triggers.offre(offreId),
    );
    // A re-opening is a new trigger at the same version: the event's id tells it apart.
    r.subscribe(DOMAIN_EVENT.OFFRE_ROUVERTE, ({ offreId, eventId }) =>
      this.triggers.offre(offreId, `rouverte-${eventId}`),
    );
    r.subscribe(DOMAIN_EVENT.OFFRE_FERMEE, ({ offreId }) =>
      this.propositions.fermerPourOffre(offreId),
    );
    r.subscribe(DOMAIN_EVENT.PROPOSITION_CLOTUREE, ({ offreId, propositionId }) =>
      this.triggers.topUp(offreId, propositionId),
    );
    r.subscribe(DOMAIN_EVENT.JEUNE_MODIFIE, async ({ jeuneId }) => {
      const applied = await this.jeunes.synchroniser(jeuneId);
      if (applied.relancer) await this.triggers.jeune(jeuneId, applied.version!);
      return applied;
    });
    r.subscribe(DOMAIN_EVENT.JEUNE_ANONYMISE, ({ jeuneId }) =>
      this.projection.supprimerJeune(jeuneId),
    );

    r.register(JOB.MATCH_OFFRE, ({ offreId, version }) => this.jobs.traiterOffre(offreId, version));
    r.register(JOB.REMATCH_JEUNE, ({ jeuneId, version }) =>
      this.jobs.relancerJeune(jeuneId, version),
    );
    r.register(JOB.SWEEP_MATCHING, () => this.jobs.balayer());
  }
}

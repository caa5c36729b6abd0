import { DOMAIN_EVENT, JOB, JobHandlerRegistry, JobSchedulers } from '@app/core';
import { Module, OnModuleInit } from '@nestjs/common';
import { MerEcheancesService } from './jobs/mer-echeances.service';
import { MerCreationService } from './lifecycle/mer-creation.service';
import { MerTriService } from './lifecycle/mer-tri.service';
import { MerConfig } from './mer.config';
import { MisesEnRelationModule } from './mises-en-relation.module';
import { MerSuiviConfig, MerSuiviService } from './suivi';

/**
 * The matcher's handoff (a MER per proposal, from its events), the sweep of reminders and
 * timeouts and its per-MER jobs, the offer closing, the follow-up after hires.
 */
@Module({
  imports: [MisesEnRelationModule],
})
export class MisesEnRelationWorkerModule implements OnModuleInit {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly echeances: MerEcheancesService,
    private readonly tri: MerTriService,
    private readonly creation: MerCreationService,
    private readonly config: MerConfig,
    private readonly suivis: MerSuiviService,
    private readonly suiviConfig: MerSuiviConfig,
    private readonly schedulers: JobSchedulers,
  ) {}

  onModuleInit(): void {
    this.schedulers.define(JOB.SWEEP_MER, {
      pattern: this.config.MER_BALAYAGE_CRON,
      tz: 'Europe/Paris',
    });
    this.schedulers.define(JOB.SWEEP_MER_SUIVIS, {
      pattern: this.suiviConfig.MER_SUIVI_CRON,
      tz: 'Europe/Paris',
    });
    this.registry.register(JOB.SWEEP_MER, () => this.echeances.sweep());
    this.registry.register(JOB.MER_ECHEANCE, ({ merId }) => this.echeances.traiter(merId));
    // The handoff from the matcher (idempotent: one MER per proposal, unique key).
    this.registry.subscribe(DOMAIN_EVENT.PROPOSITION_CREEE, ({ propositionId }) =>
      this.creation.depuisProposition(propositionId),
    );
    this.registry.subscribe(DOMAIN_EVENT.PROPOSITION_CLOTUREE, ({ propositionId }) =>
      this.creation.apresCloture(propositionId),
    );
    this.registry.subscribe(DOMAIN_EVENT.OFFRE_FERMEE, ({ offreId }) =>
      this.tri.annulerPourOffre(offreId),
    );
    this.registry.register(JOB.SWEEP_MER_SUIVIS, () => this.suivis.sweep());
    // Idempotent: the checks' unique key makes a replayed event create nothing.
    this.registry.subscribe(DOMAIN_EVENT.MER_RECRUTEE, ({ merId }) => this.suivis.planifier(merId));
  }
}

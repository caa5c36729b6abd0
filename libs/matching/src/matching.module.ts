import { AccountsModule } from '@app/accounts';
import { configProvider } from '@app/core';
import { JeunesModule } from '@app/jeunes';
import { OffresModule } from '@app/offres';
import { ReferentielsModule } from '@app/referentiels';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccordTransition, AccordVoisinage } from './accords/accord-voisinage.entity';
import { AccordsVoisinageService } from './accords/accords-voisinage.service';
import { MatchingCandidat } from './entities/matching-candidat.entity';
import { MatchingDemande } from './entities/matching-demande.entity';
import { MatchingJeune } from './entities/matching-jeune.entity';
import { MatchingReglage } from './entities/matching-reglage.entity';
import { Proposition } from './entities/proposition.entity';
import { MatchingConfig } from './matching.config';
import { MatchingJobsService } from './matching/matching-jobs.service';
import { MatchingService } from './matching/matching.service';
import { CandidatsProjectionService } from './projection/candidats-projection.service';
import { JeunesSourceAdapter } from './projection/jeunes-source.adapter';
import { PropositionsWriter } from './propositions/propositions-writer.service';
import { PropositionsService } from './propositions/propositions.service';
import { ReglagesService } from './reglages/reglages.service';
import { FichesConnuesService } from './retrieval/fiches-connues.service';
import { RechercheService } from './retrieval/recherche.service';
import { LibellesService } from './scoring/libelles.service';
import { MatchingTriggers } from './triggers/matching-triggers.service';

const EXPORTED = [
  AccordsVoisinageService,
  MatchingService,
  MatchingJobsService,
  MatchingTriggers,
  PropositionsService,
  CandidatsProjectionService,
  JeunesSourceAdapter,
  ReglagesService,
  RechercheService,
  FichesConnuesService,
  MatchingConfig,
];

/**
 * The matcher's services, for both apps (the API lists proposals and triggers top-ups; the
 * worker runs the jobs). Configuration comes from the environment (MatchingConfig).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      MatchingJeune,
      MatchingCandidat,
      Proposition,
      MatchingReglage,
      MatchingDemande,
      AccordVoisinage,
      AccordTransition,
    ]),
    AccountsModule,
    OffresModule,
    ReferentielsModule,
    JeunesModule,
  ],
  providers: [
    ...EXPORTED.filter((p) => p !== MatchingConfig),
    PropositionsWriter,
    LibellesService,
    configProvider(MatchingConfig),
  ],
  exports: EXPORTED,
})
export class MatchingModule {}

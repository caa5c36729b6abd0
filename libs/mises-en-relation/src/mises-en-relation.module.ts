import { configProvider } from '@app/core';
import { EntreprisesModule } from '@app/entreprises';
import { JeunesModule } from '@app/jeunes';
import { MatchingModule } from '@app/matching';
import { OffresModule } from '@app/offres';
import { ReferentielsModule } from '@app/referentiels';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MerRelance } from './entities/mer-relance.entity';
import { MerTransitionLog } from './entities/mer-transition.entity';
import { MiseEnRelation } from './entities/mise-en-relation.entity';
import { MerEcheancesService } from './jobs/mer-echeances.service';
import { MerAccessService } from './lifecycle/mer-access.service';
import { MerEmbaucheService } from './lifecycle/mer-embauche.service';
import { MerHistoriqueService } from './lifecycle/mer-historique.service';
import { MerLifecycleService } from './lifecycle/mer-lifecycle.service';
import { MerManuelleService } from './lifecycle/mer-manuelle.service';
import { MerCreationService } from './lifecycle/mer-creation.service';
import { MerRelanceService } from './lifecycle/mer-relance.service';
import { MerReponsesService } from './lifecycle/mer-reponses.service';
import { MerTriLotService } from './lifecycle/mer-tri-lot.service';
import { MerTriService } from './lifecycle/mer-tri.service';
import { MerConfig } from './mer.config';
import { MerLinksService } from './notifications/mer-links.service';
import { MerNotifier } from './notifications/mer-notifier.service';
import { MerFileTriService } from './query/mer-file-tri.service';
import { MerQueryService } from './query/mer-query.service';
import { MerATraiterService } from './query/mer-a-traiter.service';
import { MerSuiviConfig, MerSuivi, SUIVI_PROVIDERS } from './suivi';

const EXPORTED = [
  MerLifecycleService,
  MerManuelleService,
  MerCreationService,
  MerTriService,
  MerTriLotService,
  MerReponsesService,
  MerEmbaucheService,
  MerQueryService,
  MerFileTriService,
  MerAccessService,
  MerEcheancesService,
  MerLinksService,
  MerNotifier,
  MerHistoriqueService,
  MerATraiterService,
  MerRelanceService,
  ...SUIVI_PROVIDERS,
];

/**
 * The mises en relation's services, for both apps. Messaging (NotificationsService,
 * SignedLinksService) is global once the app imported MessagingModule.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([MiseEnRelation, MerTransitionLog, MerSuivi, MerRelance]),
    OffresModule,
    EntreprisesModule,
    JeunesModule,
    MatchingModule,
    ReferentielsModule,
  ],
  providers: [...EXPORTED, configProvider(MerConfig), configProvider(MerSuiviConfig)],
  exports: [...EXPORTED, MerConfig, MerSuiviConfig],
})
export class MisesEnRelationModule {}

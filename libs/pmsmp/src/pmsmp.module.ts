import { AccountsModule } from '@app/accounts';
import { EntreprisesModule } from '@app/entreprises';
import { JeunesModule } from '@app/jeunes';
import { MisesEnRelationModule } from '@app/mises-en-relation';
import { OffresModule } from '@app/offres';
import { ReferentielsModule } from '@app/referentiels';
import { configProvider } from '@app/core';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConventionsCompteursService } from './api/conventions-compteurs.service';
import { ConventionsQueryService } from './api/conventions-query.service';
import { ConventionPdf } from './entities/convention-pdf.entity';
import { ConventionSuivi } from './entities/convention-suivi.entity';
import { ConventionTransition } from './entities/convention-transition.entity';
import { Convention } from './entities/convention.entity';
import { Signature } from './entities/signature.entity';
import { ConventionActionsService } from './lifecycle/convention-actions.service';
import { ConventionLifecycleService } from './lifecycle/convention-lifecycle.service';
import { ConventionVerificationService } from './lifecycle/convention-verification.service';
import { ConventionOrigineService } from './lifecycle/convention-origine.service';
import { PmsmpParametresService } from './lifecycle/pmsmp-parametres.service';
import { PmsmpAnonymisationService } from './lifecycle/pmsmp-anonymisation.service';
import { PmsmpHistoriqueService } from './lifecycle/pmsmp-historique.service';
import { PmsmpParametres } from './entities/pmsmp-parametres.entity';
import { ConventionsService } from './lifecycle/conventions.service';
import { RenouvellementService } from './lifecycle/renouvellement.service';
import { ConventionPdfService } from './pdf/convention-pdf.service';
import { PmsmpConfig } from './pmsmp.config';
import { PmsmpNotifier } from './signatures/pmsmp-notifier.service';
import { SignatureLinksService } from './signatures/signature-links.service';
import { SignatureService } from './signatures/signature.service';
import { BILAN_PROVIDERS } from './bilan';
import { PmsmpEcheancesService } from './jobs/pmsmp-echeances.service';

const EXPORTED = [
  ConventionsService,
  ConventionsCompteursService,
  RenouvellementService,
  ConventionActionsService,
  ConventionsQueryService,
  ConventionLifecycleService,
  ConventionVerificationService,
  ConventionOrigineService,
  PmsmpParametresService,
  PmsmpAnonymisationService,
  PmsmpHistoriqueService,
  ConventionPdfService,
  PmsmpNotifier,
  SignatureLinksService,
  SignatureService,
  PmsmpEcheancesService,
  ...BILAN_PROVIDERS,
];

/**
 * PMSMP agreements' services, for both apps. Messaging (NotificationsService,
 * SignedLinksService) is global once the app imported MessagingModule.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Convention,
      ConventionTransition,
      Signature,
      ConventionPdf,
      ConventionSuivi,
      PmsmpParametres,
    ]),
    AccountsModule,
    JeunesModule,
    EntreprisesModule,
    ReferentielsModule,
    OffresModule,
    MisesEnRelationModule,
  ],
  providers: [...EXPORTED, configProvider(PmsmpConfig)],
  exports: [...EXPORTED, PmsmpConfig],
})
export class PmsmpModule {}

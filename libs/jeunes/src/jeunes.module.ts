import { AccountsModule } from '@app/accounts';
import { ReferentielsModule } from '@app/referentiels';
import { configProvider } from '@app/core';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JeuneAuditService } from './audit/jeune-audit.service';
import { JeuneAudit } from './entities/jeune-audit.entity';
import { JeuneConsentement } from './entities/jeune-consentement.entity';
import { JeuneStatutTransition } from './entities/jeune-statut-transition.entity';
import { JeuneImport } from './entities/jeune-import.entity';
import { JeuneImportMorceau } from './entities/jeune-import-morceau.entity';
import { Jeune } from './entities/jeune.entity';
import { JeunesImportJobs } from './import/jeunes-import-jobs.service';
import { JeunesImportService } from './import/jeunes-import.service';
import { JeunesConfig } from './jeunes.config';
import { JeunePrivacyService } from './privacy/jeune-privacy.service';
import { JeuneRetentionService } from './privacy/jeune-retention.service';
import { JeuneEditionService } from './profile/jeune-edition.service';
import { JeuneRefsFactory } from './profile/jeune-refs.service';
import { JeunesService } from './profile/jeunes.service';
import { JeunesQueryService } from './query/jeunes-query.service';

const SERVICES = [
  JeunesService,
  JeuneEditionService,
  JeunesQueryService,
  JeunePrivacyService,
  JeuneRetentionService,
  JeunesImportService,
  JeunesImportJobs,
  JeuneAuditService,
];

/**
 * Jeunes: services shared by both apps; other modules add `imports: [JeunesModule]` and inject
 * JeunesService. Configuration (JeunesConfig) comes from the environment.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Jeune,
      JeuneConsentement,
      JeuneStatutTransition,
      JeuneAudit,
      JeuneImport,
      JeuneImportMorceau,
    ]),
    AccountsModule,
    ReferentielsModule,
  ],
  providers: [...SERVICES, JeuneRefsFactory, configProvider(JeunesConfig)],
  exports: [...SERVICES, JeunesConfig],
})
export class JeunesModule {}

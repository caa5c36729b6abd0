import { AccountsApiModule } from '@app/accounts';
import { AuthCoreModule, CoreModule } from '@app/core';
import { EntreprisesApiModule } from '@app/entreprises';
import { JeunesApiModule } from '@app/jeunes';
import { MessagingApiModule } from '@app/messaging';
import { OffresApiModule } from '@app/offres';
import { MatchingApiModule } from '@app/matching';
import { MisesEnRelationApiModule } from '@app/mises-en-relation';
import { PmsmpApiModule } from '@app/pmsmp';
import { PilotageApiModule } from '@app/pilotage';
import { ReferentielsApiModule } from '@app/referentiels';
import { DynamicModule, Module } from '@nestjs/common';
import { ATraiterModule } from './a-traiter/a-traiter.module';
import { HealthModule } from './health/health.module';
import { PortailStaticModule } from './portail/portail-static.module';
import { QueueDashboardModule } from './queue-dashboard/queue-dashboard.module';

/** The HTTP app: the feature libs' API modules on top of the core. */
@Module({})
export class ApiModule {
  static forRoot(configOverrides: Record<string, string> = {}): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        CoreModule.forRoot('api', configOverrides),
        AuthCoreModule,
        HealthModule,
        QueueDashboardModule,
        AccountsApiModule,
        ReferentielsApiModule,
        EntreprisesApiModule,
        OffresApiModule,
        MatchingApiModule,
        JeunesApiModule,
        MessagingApiModule,
        MisesEnRelationApiModule,
        PmsmpApiModule,
        PortailStaticModule,
        PilotageApiModule,
        ATraiterModule,
      ],
    };
  }
}

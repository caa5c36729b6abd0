import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommuneEntity } from './communes/commune.entity';
import { CommunesService } from './communes/communes.service';
import { LaPosteImportService } from './communes/laposte-import.service';
import { BanGeocoder } from './geocoder/ban-geocoder';
import { Geocoder } from './geocoder/geocoder';
import { LocalGeocoder } from './geocoder/local-geocoder';
import { loadReferentielsConfig, ReferentielsConfig } from './referentiels.config';
import { ReferentielsService } from './referentiels.service';
import { AppellationRomeEntity } from './rome/appellation-rome.entity';
import { FicheRomeEntity } from './rome/fiche-rome.entity';
import { RomeImportService } from './rome/rome-import.service';
import { RomeService } from './rome/rome.service';

export const REFERENTIELS_OPTIONS = Symbol('REFERENTIELS_OPTIONS');

const SERVICES = [
  ReferentielsService,
  RomeService,
  CommunesService,
  RomeImportService,
  LaPosteImportService,
];

/**
 * Reference data (ROME, communes, geocoding) for the other feature modules: `imports:
 * [ReferentielsModule]`. Configuration comes from the environment (ReferentielsConfig);
 * `ReferentielsModule.forRoot({ GEOCODER: 'ban', … })` overrides it (tests).
 */
@Module({
  imports: [TypeOrmModule.forFeature([FicheRomeEntity, AppellationRomeEntity, CommuneEntity])],
  providers: [
    ...SERVICES,
    {
      provide: ReferentielsConfig,
      inject: [{ token: REFERENTIELS_OPTIONS, optional: true }],
      useFactory: (overrides?: Record<string, string>) =>
        loadReferentielsConfig({ ...process.env, ...overrides }),
    },
    {
      provide: Geocoder,
      inject: [ReferentielsConfig, CommunesService],
      useFactory: (config: ReferentielsConfig, communes: CommunesService): Geocoder =>
        config.GEOCODER === 'ban'
          ? new BanGeocoder(config.BAN_API_URL, config.BAN_TIMEOUT_MS)
          : new LocalGeocoder(communes),
    },
  ],
  exports: [...SERVICES, Geocoder, ReferentielsConfig],
})
export class ReferentielsModule {
  static forRoot(overrides: Partial<Record<keyof ReferentielsConfig, string>> = {}): DynamicModule {
    return {
      module: ReferentielsModule,
      providers: [{ provide: REFERENTIELS_OPTIONS, useValue: overrides }],
    };
  }
}

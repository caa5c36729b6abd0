import { configProvider } from '@app/core';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommuneEntity } from './communes/commune.entity';
import { CommunesService } from './communes/communes.service';
import { LaPosteImportService } from './communes/laposte-import.service';
import { BanGeocoder } from './geocoder/ban-geocoder';
import { Geocoder } from './geocoder/geocoder';
import { LocalGeocoder } from './geocoder/local-geocoder';
import { ReferentielsConfig } from './referentiels.config';
import { ReferentielsService } from './referentiels.service';
import { AppellationRomeEntity } from './rome/appellation-rome.entity';
import { FicheRomeEntity } from './rome/fiche-rome.entity';
import { RomeImportService } from './rome/rome-import.service';
import { RomeService } from './rome/rome.service';

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
 * the app's ConfigModule overrides apply (tests).
 */
@Module({
  imports: [TypeOrmModule.forFeature([FicheRomeEntity, AppellationRomeEntity, CommuneEntity])],
  providers: [
    ...SERVICES,
    configProvider(ReferentielsConfig),
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
export class ReferentielsModule {}

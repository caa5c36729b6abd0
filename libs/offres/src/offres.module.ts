import { EntreprisesModule } from '@app/entreprises';
import { ReferentielsModule } from '@app/referentiels';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OffreHistoriqueService } from './lifecycle/offre-historique.service';
import { OffreExpiryService } from './expiry/offre-expiry.service';
import { OffreLifecycleService } from './lifecycle/offre-lifecycle.service';
import { OffreTransition } from './lifecycle/offre-transition.entity';
import { Offre } from './offre.entity';
import { OffrePlaceService } from './offre-place.service';
import { OffresQueryService } from './offres-query.service';
import { OffresService } from './offres.service';

/** Offers: services shared by both apps. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Offre, OffreTransition]),
    EntreprisesModule,
    ReferentielsModule,
  ],
  providers: [
    OffresService,
    OffresQueryService,
    OffreLifecycleService,
    OffrePlaceService,
    OffreExpiryService,
    OffreHistoriqueService,
  ],
  exports: [
    OffresService,
    OffresQueryService,
    OffreLifecycleService,
    OffreExpiryService,
    OffreHistoriqueService,
  ],
})
export class OffresModule {}

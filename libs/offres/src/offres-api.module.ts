import { Module } from '@nestjs/common';
import { OffresExportService } from './export/offres-export.service';
import { OffreExtendLinkController } from './expiry/offre-extend-link.controller';
import { OffresModule } from './offres.module';
import { OffresController } from './offres.controller';

@Module({
  imports: [OffresModule],
  controllers: [OffresController, OffreExtendLinkController],
  providers: [OffresExportService],
})
export class OffresApiModule {}

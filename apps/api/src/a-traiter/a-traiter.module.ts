import { EntreprisesModule } from '@app/entreprises';
import { MisesEnRelationModule } from '@app/mises-en-relation';
import { OffresModule } from '@app/offres';
import { PmsmpModule } from '@app/pmsmp';
import { Module } from '@nestjs/common';
import { ATraiterController } from './a-traiter.controller';
import { ATraiterService } from './a-traiter.service';

/** The CRE's home ("à traiter"); messaging's services are global (MessagingModule). */
@Module({
  imports: [OffresModule, EntreprisesModule, MisesEnRelationModule, PmsmpModule],
  controllers: [ATraiterController],
  providers: [ATraiterService],
})
export class ATraiterModule {}

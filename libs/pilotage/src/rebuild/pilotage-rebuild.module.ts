import { MessagingModule } from '@app/messaging';
import { MisesEnRelationModule } from '@app/mises-en-relation';
import { OffresModule } from '@app/offres';
import { PmsmpModule } from '@app/pmsmp';
import { Module } from '@nestjs/common';
import { PilotageModule } from '../pilotage.module';
import { PilotageRebuildService } from './rebuild.service';

/** The rebuild needs the modules' public history services: for the CLI and tests only. */
@Module({
  imports: [PilotageModule, OffresModule, MisesEnRelationModule, MessagingModule, PmsmpModule],
  providers: [PilotageRebuildService],
  exports: [PilotageRebuildService],
})
export class PilotageRebuildModule {}

import { Module } from '@nestjs/common';
import { PilotageModule } from './pilotage.module';
import { RapportController } from './rapport/rapport.controller';
import { ReseauController } from './reseau/reseau.controller';

@Module({ imports: [PilotageModule], controllers: [RapportController, ReseauController] })
export class PilotageApiModule {}

import { Module } from '@nestjs/common';
import { PilotageModule } from './pilotage.module';
import { RapportController } from './rapport/rapport.controller';

@Module({ imports: [PilotageModule], controllers: [RapportController] })
export class PilotageApiModule {}

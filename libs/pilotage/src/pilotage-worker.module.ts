import { Module } from '@nestjs/common';
import { FaitsSubscriber } from './faits/faits.subscriber';
import { PilotageModule } from './pilotage.module';

/** The read model fed live: one subscriber per fact event. */
@Module({ imports: [PilotageModule], providers: [FaitsSubscriber] })
export class PilotageWorkerModule {}

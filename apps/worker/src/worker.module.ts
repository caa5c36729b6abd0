import { AccountsWorkerModule } from '@app/accounts';
import { OffresWorkerModule } from '@app/offres';
import { MatchingWorkerModule } from '@app/matching';
import { JeunesWorkerModule } from '@app/jeunes';
import { MessagingWorkerModule } from '@app/messaging';
import { MisesEnRelationWorkerModule } from '@app/mises-en-relation';
import { PmsmpWorkerModule } from '@app/pmsmp';
import { PilotageWorkerModule } from '@app/pilotage';
import {
  ALL_QUEUES,
  CoreModule,
  JobHandlersModule,
  OutboxRelayModule,
  SchedulerKeeperModule,
} from '@app/core';
import { DynamicModule, Module } from '@nestjs/common';
import { queueProcessor } from './queue-processor';

/** The worker app: no HTTP; the feature libs' worker modules register their job handlers. */
@Module({})
export class WorkerModule {
  static forRoot(configOverrides: Record<string, string> = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        CoreModule.forRoot('worker', configOverrides),
        JobHandlersModule.forRoot(),
        OutboxRelayModule,
        SchedulerKeeperModule,
        AccountsWorkerModule,
        OffresWorkerModule,
        MatchingWorkerModule,
        JeunesWorkerModule,
        MessagingWorkerModule,
        MisesEnRelationWorkerModule,
        PmsmpWorkerModule,
        PilotageWorkerModule,
      ],
      providers: ALL_QUEUES.map((queue) => queueProcessor(queue, configOverrides)),
    };
  }
}

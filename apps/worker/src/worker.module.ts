import { AccountsWorkerModule } from '@app/accounts';
import { ALL_QUEUES, CoreModule } from '@app/core';
import { DynamicModule, Module } from '@nestjs/common';
import { queueProcessor } from './queue-processor';

/** The worker app: no HTTP; the feature libs' worker modules register their job handlers. */
@Module({})
export class WorkerModule {
  static forRoot(configOverrides: Record<string, string> = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [CoreModule.forRoot('worker', configOverrides), AccountsWorkerModule],
      providers: ALL_QUEUES.map(queueProcessor),
    };
  }
}

import { Module } from '@nestjs/common';
import { AccountsModule } from './accounts.module';

/**
 * The worker side of accounts: nothing of its own since invitation emails are messages (sent by
 * messaging's worker); kept so that the worker app's wiring stays one module per lib.
 */
@Module({ imports: [AccountsModule] })
export class AccountsWorkerModule {}

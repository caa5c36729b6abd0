import { DynamicModule, Module } from '@nestjs/common';
import { TokensModule } from './auth/tokens.module';
import { ClockModule } from './clock/clock';
import { OutboxModule } from './outbox/outbox.module';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { LoggingModule } from './logging/logging.module';
import { MailModule } from './mail/mail.module';
import { QueuesModule } from './queues/queues.module';
import { RateLimitModule } from './rate-limit/rate-limit.module';

/** What both apps stand on: validated config, logs, the database, the queues, the mail transport. */
@Module({})
export class CoreModule {
  static forRoot(
    app: 'api' | 'worker' | 'cli',
    configOverrides: Record<string, string> = {},
  ): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot(configOverrides),
        LoggingModule.forRoot(app),
        DatabaseModule,
        QueuesModule.forRoot(app),
        RateLimitModule,
        MailModule,
        TokensModule.forRoot(app),
        ClockModule,
        OutboxModule,
      ],
    };
  }
}

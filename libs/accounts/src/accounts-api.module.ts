import { AppConfig, RateLimitThrottlerStorage } from '@app/core';
import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { AccountsModule } from './accounts.module';
import { AdministrationController } from './administration/administration.controller';
import { AdministrationService } from './administration/administration.service';
import { AuthController } from './auth/auth.controller';
import { LoginRateLimitGuard } from './auth/login-rate-limiter';
import { PasswordResetController } from './auth/password-reset.controller';
import { PasswordResetService } from './auth/password-reset.service';
import { SessionController } from './auth/session.controller';
import { AccountActivationController } from './invitations/account-activation.controller';
import { InvitationsController } from './invitations/invitations.controller';
import { IdentiteController } from './structures/identite.controller';
import { StructuresController } from './structures/structures.controller';
import { UsersController } from './users/users.controller';

/** The HTTP side of accounts (API app only). */
@Module({
  imports: [
    AccountsModule,
    ThrottlerModule.forRootAsync({
      // For routes throttled with @Throttle: counted by core's RateLimiter, like the login.
      inject: [AppConfig, RateLimitThrottlerStorage],
      useFactory: (config: AppConfig, storage: RateLimitThrottlerStorage) => ({
        throttlers: [
          {
            name: 'login',
            ttl: config.LOGIN_RATE_WINDOW_SECONDS * 1000,
            limit: config.LOGIN_RATE_LIMIT,
          },
        ],
        storage,
      }),
    }),
  ],
  providers: [LoginRateLimitGuard, PasswordResetService, AdministrationService],
  exports: [LoginRateLimitGuard],
  controllers: [
    AuthController,
    SessionController,
    PasswordResetController,
    UsersController,
    StructuresController,
    IdentiteController,
    InvitationsController,
    AccountActivationController,
    AdministrationController,
  ],
})
export class AccountsApiModule {}

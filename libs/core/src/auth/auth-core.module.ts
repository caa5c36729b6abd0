import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';

/** The global guard (access token, then role). Imported by the API only. */
@Module({ providers: [{ provide: APP_GUARD, useClass: AuthGuard }] })
export class AuthCoreModule {}

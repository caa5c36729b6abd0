import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig } from '../config/app-config';

export const TOKEN_ISSUER = 'ml-service-entreprises';

/** JWT signing and verification, for every app (the worker signs links, the API checks tokens). */
@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      global: true,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.JWT_SECRET,
        signOptions: {
          expiresIn: config.JWT_TTL_SECONDS,
          algorithm: 'HS256',
          issuer: TOKEN_ISSUER,
        },
        verifyOptions: { algorithms: ['HS256'], issuer: TOKEN_ISSUER },
      }),
    }),
  ],
  exports: [JwtModule],
})
export class TokensModule {}

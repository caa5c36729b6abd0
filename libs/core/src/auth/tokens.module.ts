import { DynamicModule, Global, Injectable, Module } from '@nestjs/common';
import { JwtModuleOptions, JwtService, JwtVerifyOptions } from '@nestjs/jwt';
import { JWT_MODULE_OPTIONS } from '@nestjs/jwt/dist/jwt.constants';
import { AppConfig } from '../config/app-config';
import { DEV_JWT_SECRET } from '../config/app-config';
import { ConfigError } from '../config/load-config';

export const TOKEN_ISSUER = 'ml-service-entreprises';

/** Refuses a token without `exp`: jsonwebtoken accepts one, and it would be valid forever. */
function requireExpiry<T>(payload: T): T {
  if (typeof (payload as { exp?: unknown })?.exp !== 'number') {
    throw new Error('jwt must have an expiration (exp)');
  }
  return payload;
}

/** The JwtService every lib injects, with the expiry rule applied on every verification. */
@Injectable()
export class ExpiringJwtService extends JwtService {
  override verify<T extends object = object>(token: string, options?: JwtVerifyOptions): T {
    return requireExpiry(super.verify<T>(token, options));
  }

  override async verifyAsync<T extends object = object>(
    token: string,
    options?: JwtVerifyOptions,
  ): Promise<T> {
    return requireExpiry(await super.verifyAsync<T>(token, options));
  }
}

function jwtOptions(config: AppConfig, signsTokens: boolean): JwtModuleOptions {
  // The development secret is public (in the repository): the API and the worker refuse to start
  // with it outside development. CLIs (migrations, seed) sign nothing.
  if (signsTokens && config.JWT_SECRET === DEV_JWT_SECRET && !config.DEV_SURFACES) {
    throw new ConfigError(
      'Configuration invalide :\n  - JWT_SECRET : obligatoire (le secret de développement ne sert ' +
        "qu'avec DEV_SURFACES=true). Voir .env.example.",
    );
  }
  return {
    secret: config.JWT_SECRET,
    signOptions: { expiresIn: config.JWT_TTL_SECONDS, algorithm: 'HS256', issuer: TOKEN_ISSUER },
    verifyOptions: { algorithms: ['HS256'], issuer: TOKEN_ISSUER },
  };
}

/** JWT signing and verification, for every app (the worker signs links, the API checks tokens). */
@Global()
@Module({})
export class TokensModule {
  static forRoot(app: 'api' | 'worker' | 'cli'): DynamicModule {
    return {
      module: TokensModule,
      providers: [
        {
          provide: JWT_MODULE_OPTIONS,
          inject: [AppConfig],
          useFactory: (config: AppConfig) => jwtOptions(config, app !== 'cli'),
        },
        { provide: JwtService, useClass: ExpiringJwtService },
      ],
      exports: [JwtService],
    };
  }
}

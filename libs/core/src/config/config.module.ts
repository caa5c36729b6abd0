import { DynamicModule, FactoryProvider, Global, Module } from '@nestjs/common';
import { AppConfig } from './app-config';
import { ConfigClass, Env, loadConfig } from './load-config';

/** The environment the app was started with, overrides applied (tests pass overrides, not process.env). */
export const CONFIG_ENV = Symbol('CONFIG_ENV');

/**
 * Provides the validated AppConfig and the environment everywhere. Feature libs declare their own
 * config class with `configProvider(TheirConfig)`: one loader, one overrides path.
 */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(overrides: Record<string, string> = {}): DynamicModule {
    const env: Env = { ...process.env, ...overrides };
    return {
      module: ConfigModule,
      providers: [
        { provide: CONFIG_ENV, useValue: env },
        { provide: AppConfig, useValue: loadConfig(AppConfig, env) },
      ],
      exports: [CONFIG_ENV, AppConfig],
    };
  }
}

/** A feature lib's config, loaded from the app's environment (process.env when no ConfigModule). */
export function configProvider<T extends object>(cls: ConfigClass<T>): FactoryProvider<T> {
  return {
    provide: cls,
    inject: [{ token: CONFIG_ENV, optional: true }],
    useFactory: (env?: Env) => loadConfig(cls, env ?? process.env),
  };
}

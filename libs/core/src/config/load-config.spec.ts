import { AppConfig } from './app-config';
import { ConfigError, Env, loadConfig as load } from './load-config';

const loadConfig = (env: Env) => load(AppConfig, env);

describe('loadConfig', () => {
  it('gives working localhost defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toMatch(/^postgres:\/\/.*127\.0\.0\.1:5432/);
    expect(config.JWT_TTL_SECONDS).toBe(3600);
  });

  it('converts numbers and booleans from strings', () => {
    const config = loadConfig({ PORT: '8080', LOG_PRETTY: 'true', QUEUE_BACKOFF_MS: '250' });
    expect(config).toMatchObject({ PORT: 8080, LOG_PRETTY: true, QUEUE_BACKOFF_MS: 250 });
  });

  it('names every wrong variable, with its value and a French reason', () => {
    expect(() =>
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', JWT_SECRET: 'court' }),
    ).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', JWT_SECRET: 'court' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('Configuration invalide');
      expect(message).toContain('PORT (valeur : "abc")');
      expect(message).toContain('« PORT » doit être un nombre entier');
      expect(message).toContain('DATABASE_URL (valeur : "mysql://x")');
      expect(message).toContain('JWT_SECRET');
      expect(message).toContain('au moins 32 caractères');
    }
  });

  it('refuses the development secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /JWT_SECRET.*interdit en production/,
    );
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) })).not.toThrow();
  });

  it('ignores variables it does not know', () => {
    expect(() => loadConfig({ HOME: '/root', SOMETHING: 'else' })).not.toThrow();
  });

  it('refuses the development surfaces in production, and reads TRUST_PROXY as a list', () => {
    expect(() =>
      loadConfig({ NODE_ENV: 'production', DEV_SURFACES: 'true', JWT_SECRET: 'x'.repeat(40) }),
    ).toThrow(/DEV_SURFACES.*interdites en production/);
    expect(loadConfig({}).DEV_SURFACES).toBe(false);
    expect(loadConfig({}).trustedProxies).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 172.16.0.0/12' }).trustedProxies).toEqual([
      '10.0.0.1',
      '172.16.0.0/12',
    ]);
    expect(() => loadConfig({ TRUST_PROXY: 'x y;z' })).toThrow(/TRUST_PROXY/);
  });
});

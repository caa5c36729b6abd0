import { ConfigError, Env, loadConfig } from '@app/core';
import { ReferentielsConfig } from './referentiels.config';

const load = (env: Env = {}) => loadConfig(ReferentielsConfig, env);

describe('loadConfig(ReferentielsConfig)', () => {
  it('defaults to the local geocoder, offline', () => {
    const config = load({});
    expect(config.GEOCODER).toBe('local');
    expect(config.BAN_API_URL).toBe('https://api-adresse.data.gouv.fr');
    expect(config.BAN_TIMEOUT_MS).toBe(3000);
  });

  it('reads the BAN settings', () => {
    const config = load({
      GEOCODER: 'ban',
      BAN_API_URL: 'http://127.0.0.1:8080',
      BAN_TIMEOUT_MS: '500',
    });
    expect(config).toMatchObject({
      GEOCODER: 'ban',
      BAN_API_URL: 'http://127.0.0.1:8080',
      BAN_TIMEOUT_MS: 500,
    });
  });

  it('names every wrong variable in French', () => {
    const attempt = () => load({ GEOCODER: 'google', BAN_TIMEOUT_MS: 'vite' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/GEOCODER \(valeur : "google"\).*l'une des valeurs : local, ban/);
    expect(attempt).toThrow(/BAN_TIMEOUT_MS \(valeur : "vite"\).*nombre entier/);
  });
});

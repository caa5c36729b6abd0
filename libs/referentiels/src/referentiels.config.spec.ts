import { ConfigError } from '@app/core';
import { loadReferentielsConfig } from './referentiels.config';

describe('loadReferentielsConfig', () => {
  it('defaults to the local geocoder, offline', () => {
    const config = loadReferentielsConfig({});
    expect(config.GEOCODER).toBe('local');
    expect(config.BAN_API_URL).toBe('https://api-adresse.data.gouv.fr');
    expect(config.BAN_TIMEOUT_MS).toBe(3000);
  });

  it('reads the BAN settings', () => {
    const config = loadReferentielsConfig({
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
    const load = () => loadReferentielsConfig({ GEOCODER: 'google', BAN_TIMEOUT_MS: 'vite' });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/GEOCODER \(valeur : "google"\).*l'une des valeurs : local, ban/);
    expect(load).toThrow(/BAN_TIMEOUT_MS \(valeur : "vite"\).*nombre entier/);
  });
});

import { ConfigError, Env, loadConfig } from '@app/core';
import { JeunesConfig } from './jeunes.config';

const load = (env: Env = {}) => loadConfig(JeunesConfig, env);

describe('loadConfig(JeunesConfig)', () => {
  it('keeps inactive jeunes 24 months by default', () => {
    expect(load({}).JEUNES_RETENTION_MONTHS).toBe(24);
  });

  it('reads the retention period', () => {
    expect(load({ JEUNES_RETENTION_MONTHS: '36' }).JEUNES_RETENTION_MONTHS).toBe(36);
  });

  it('names a wrong value in French', () => {
    const attempt = (v: string) => () => load({ JEUNES_RETENTION_MONTHS: v });
    expect(attempt('deux ans')).toThrow(ConfigError);
    expect(attempt('deux ans')).toThrow(
      /JEUNES_RETENTION_MONTHS \(valeur : "deux ans"\).*nombre entier/,
    );
    expect(attempt('0')).toThrow(/supérieur ou égal à 1/);
  });
});

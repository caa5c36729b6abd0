import { ConfigError } from '@app/core';
import { loadJeunesConfig } from './jeunes.config';

describe('loadJeunesConfig', () => {
  it('keeps inactive jeunes 24 months by default', () => {
    expect(loadJeunesConfig({}).JEUNES_RETENTION_MONTHS).toBe(24);
  });

  it('reads the retention period', () => {
    expect(loadJeunesConfig({ JEUNES_RETENTION_MONTHS: '36' }).JEUNES_RETENTION_MONTHS).toBe(36);
  });

  it('names a wrong value in French', () => {
    const load = (v: string) => () => loadJeunesConfig({ JEUNES_RETENTION_MONTHS: v });
    expect(load('deux ans')).toThrow(ConfigError);
    expect(load('deux ans')).toThrow(
      /JEUNES_RETENTION_MONTHS \(valeur : "deux ans"\).*nombre entier/,
    );
    expect(load('0')).toThrow(/supérieur ou égal à 1/);
  });
});

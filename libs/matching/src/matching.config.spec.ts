import { ConfigError } from '@app/core';
import { loadMatchingConfig, matchingWorkerSettings } from './matching.config';

describe('loadMatchingConfig', () => {
  it('has defaults: k from the offer, m = 2, weights summing to 100', () => {
    const c = loadMatchingConfig({});
    expect(c.MATCHING_PROPOSITIONS_PAR_JEUNE).toBe(2);
    const sum = Object.entries(c)
      .filter(([k]) => k.startsWith('MATCHING_POIDS_'))
      .reduce((s, [, v]) => s + (v as number), 0);
    expect(sum).toBe(100);
  });

  it('reads overrides and the worker settings', () => {
    expect(
      loadMatchingConfig({ MATCHING_POIDS_PROGRAMME: '25', MATCHING_DOMAINE: 'false' }),
    ).toMatchObject({
      MATCHING_POIDS_PROGRAMME: 25,
      MATCHING_DOMAINE: false,
    });
    expect(
      matchingWorkerSettings({ MATCHING_LOCK_MS: '1500', MATCHING_STALLED_CHECK_MS: '500' }),
    ).toEqual({
      lockDuration: 1500,
      stalledInterval: 500,
    });
  });

  it('names every wrong variable', () => {
    const load = () =>
      loadMatchingConfig({ MATCHING_POIDS_FICHE: '150', MATCHING_BALAYAGE_CRON: 'chaque nuit' });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/MATCHING_POIDS_FICHE \(valeur : "150"\)/);
    expect(load).toThrow(/MATCHING_BALAYAGE_CRON/);
  });
});

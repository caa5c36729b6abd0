import { ConfigError, Env, loadConfig } from '@app/core';
import { MatchingConfig, matchingWorkerSettings } from './matching.config';

const load = (env: Env = {}) => loadConfig(MatchingConfig, env);

describe('loadConfig(MatchingConfig)', () => {
  it('has defaults: k from the offer, m = 2, weights summing to 100', () => {
    const c = load({});
    expect(c.MATCHING_PROPOSITIONS_PAR_JEUNE).toBe(2);
    const sum = Object.entries(c)
      .filter(([k]) => k.startsWith('MATCHING_POIDS_'))
      .reduce((s, [, v]) => s + (v as number), 0);
    expect(sum).toBe(100);
  });

  it('reads overrides and the worker settings', () => {
    expect(load({ MATCHING_POIDS_PROGRAMME: '25', MATCHING_DOMAINE: 'false' })).toMatchObject({
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
    const attempt = () =>
      load({ MATCHING_POIDS_FICHE: '150', MATCHING_BALAYAGE_CRON: 'chaque nuit' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/MATCHING_POIDS_FICHE \(valeur : "150"\)/);
    expect(attempt).toThrow(/MATCHING_BALAYAGE_CRON/);
  });
});

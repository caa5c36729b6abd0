import { Env, loadConfig } from '@app/core';
import { MerConfig } from './mer.config';
import { MER_TRANSITIONS } from './lifecycle/mer-transitions';
import { MER_OUVERTES, MerStatut } from './lifecycle/mer-statut';

const load = (env: Env = {}) => loadConfig(MerConfig, env);

describe('MerConfig', () => {
  it('has the delays of the issue by default', () => {
    expect(load({})).toMatchObject({
      MER_RELANCE_JEUNE_HEURES: 48,
      MER_DELAI_JEUNE_JOURS: 5,
      MER_RELANCE_EMPLOYEUR_1_JOURS: 7,
      MER_RELANCE_EMPLOYEUR_2_JOURS: 14,
      MER_ALERTE_ENTREPRISE_JOURS: 30,
    });
  });

  it('names the variable of a wrong value, and refuses delays out of order', () => {
    expect(() => load({ MER_DELAI_JEUNE_JOURS: 'cinq' })).toThrow(/MER_DELAI_JEUNE_JOURS/);
    expect(() => load({ MER_RELANCE_EMPLOYEUR_2_JOURS: '5' })).toThrow(/croître/);
    expect(() => load({ MER_RELANCE_JEUNE_HEURES: '200' })).toThrow(/précéder/);
  });
});

describe('MER_TRANSITIONS', () => {
  it('never leaves an ended MER', () => {
    const fins = Object.values(MerStatut).filter((s) => !MER_OUVERTES.includes(s));
    for (const t of Object.values(MER_TRANSITIONS)) {
      expect(t.from.filter((s) => fins.includes(s))).toEqual([]);
    }
  });

  it('lets only the system time out, transmit, cancel or close on a hire elsewhere', () => {
    for (const a of [
      'expirer-jeune',
      'transmettre',
      'annuler',
      'embauche-ailleurs',
      'expirer-employeur',
    ] as const) {
      expect(MER_TRANSITIONS[a].by).toEqual(['system']);
    }
  });
});

/** INSEE's size bands, grouped the way Missions Locales report on employers. */
export enum TrancheEffectif {
  AUCUN = '0',
  DE_1_A_9 = '1_9',
  DE_10_A_49 = '10_49',
  DE_50_A_249 = '50_249',
  PLUS_DE_250 = '250_plus',
}

export const TRANCHE_EFFECTIF_LIBELLES: Record<TrancheEffectif, string> = {
  [TrancheEffectif.AUCUN]: 'Aucun salarié',
  [TrancheEffectif.DE_1_A_9]: '1 à 9 salariés',
  [TrancheEffectif.DE_10_A_49]: '10 à 49 salariés',
  [TrancheEffectif.DE_50_A_249]: '50 à 249 salariés',
  [TrancheEffectif.PLUS_DE_250]: '250 salariés et plus',
};

import { PmsmpBilanPayload, PmsmpObjectif } from '@app/core';
import { BilanRealisation, EcheanceSuivi, Objectif } from './pmsmp-codes';

type Realisation = `${BilanRealisation}`;

/**
 * The words of the report's events (libs/pilotage reads them, not this lib's tables): the
 * objective in three short codes, the situation checks in days after the end.
 */
export const OBJECTIF_FAIT: Record<Objectif, PmsmpObjectif> = {
  [Objectif.DECOUVRIR]: 'decouvrir',
  [Objectif.CONFIRMER]: 'confirmer',
  [Objectif.RECRUTER]: 'recruter',
};

export const JOURS_SUIVI: Record<EcheanceSuivi, 15 | 30 | 90> = { j15: 15, m1: 30, m3: 90 };

/** The assessment's outcome in the report's words. */
export const REALISATION_FAIT: Record<Realisation, PmsmpBilanPayload['realisation']> = {
  [BilanRealisation.REALISE]: 'realisee',
  [BilanRealisation.PARTIEL]: 'partielle',
  [BilanRealisation.NON_REALISE]: 'non_realisee',
};

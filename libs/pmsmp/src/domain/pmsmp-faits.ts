import { PmsmpObjectif } from '@app/core';
import { EcheanceSuivi, Objectif } from './pmsmp-codes';

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

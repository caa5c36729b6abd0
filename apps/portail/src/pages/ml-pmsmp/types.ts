import { Schemas } from '../../api/client';

/** The agreement as staff read it (libs/pmsmp/src/api/convention.view.ts). */
export type ConventionDetail = Schemas['ConventionView'];

export const SIGNATAIRES: Record<string, string> = {
  beneficiaire: 'Le jeune (bénéficiaire)',
  representant_legal: 'Son représentant légal',
  entreprise: 'La structure d’accueil',
  tuteur: 'Le tuteur',
  prescripteur: 'La Mission Locale (vous)',
};

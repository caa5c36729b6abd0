import type { Schemas } from './client';

/**
 * What an employer sees of a mise en relation (libs/mises-en-relation/src/query/mer.view.ts,
 * MerEmployeurView): never the score nor the reasons, the candidate's contact once accepted.
 */
export type MerEmployeur = Schemas['MerEmployeurView'];

/** Statuses where the employer's answer is expected (interview set: the outcome). */
export const EN_ATTENTE_EMPLOYEUR = ['transmise_employeur', 'entretien', 'sans_reponse_employeur'];

export const MOTIFS_NON_RETENUE = [
  { value: 'profil', label: 'Profil ne correspondant pas' },
  { value: 'absence_entretien', label: "Absence à l'entretien" },
  { value: 'poste_pourvu', label: 'Poste déjà pourvu' },
  { value: 'autre', label: 'Autre' },
];

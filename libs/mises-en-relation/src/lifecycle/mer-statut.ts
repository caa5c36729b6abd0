/** Where a mise en relation stands. */
export enum MerStatut {
  PROPOSEE = 'proposee',
  RETENUE = 'retenue',
  ECARTEE = 'ecartee',
  ACCEPTEE_JEUNE = 'acceptee_jeune',
  DECLINEE_JEUNE = 'declinee_jeune',
  SANS_REPONSE_JEUNE = 'sans_reponse_jeune',
  TRANSMISE_EMPLOYEUR = 'transmise_employeur',
  ENTRETIEN = 'entretien',
  RECRUTEE = 'recrutee',
  NON_RETENUE = 'non_retenue',
  SANS_REPONSE_EMPLOYEUR = 'sans_reponse_employeur',
  DESISTEMENT = 'desistement',
  ANNULEE = 'annulee',
  EMBAUCHE_AILLEURS = 'embauche_ailleurs',
}

const S = MerStatut;

/**
 * Still under way. `sans_reponse_employeur` stays open: the CRE calls the employer and records
 * the answer, so the jeune keeps the slot until then.
 */
export const MER_OUVERTES: MerStatut[] = [
  S.PROPOSEE,
  S.RETENUE,
  S.ACCEPTEE_JEUNE,
  S.TRANSMISE_EMPLOYEUR,
  S.ENTRETIEN,
  S.SANS_REPONSE_EMPLOYEUR,
];

/** The employer sees the candidate from this point on (and after it, whatever the outcome). */
export const MER_VISIBLES_EMPLOYEUR: MerStatut[] = [
  S.TRANSMISE_EMPLOYEUR,
  S.ENTRETIEN,
  S.RECRUTEE,
  S.NON_RETENUE,
  S.SANS_REPONSE_EMPLOYEUR,
];

/** Who is expected to act next, for the "waiting on someone" lists. */
export const MER_ATTENTE: Partial<Record<MerStatut, 'cre' | 'jeune' | 'employeur'>> = {
  [S.PROPOSEE]: 'cre',
  [S.RETENUE]: 'jeune',
  [S.ACCEPTEE_JEUNE]: 'cre',
  [S.TRANSMISE_EMPLOYEUR]: 'employeur',
  [S.ENTRETIEN]: 'employeur',
  [S.SANS_REPONSE_EMPLOYEUR]: 'cre',
};

export const MER_STATUT_LIBELLE: Record<MerStatut, string> = {
  [S.PROPOSEE]: 'proposée, à examiner',
  [S.RETENUE]: 'proposée au jeune, réponse attendue',
  [S.ECARTEE]: 'écartée',
  [S.ACCEPTEE_JEUNE]: 'acceptée par le jeune',
  [S.DECLINEE_JEUNE]: 'déclinée par le jeune',
  [S.SANS_REPONSE_JEUNE]: 'sans réponse du jeune',
  [S.TRANSMISE_EMPLOYEUR]: "transmise à l'employeur",
  [S.ENTRETIEN]: 'entretien prévu',
  [S.RECRUTEE]: 'recrutement',
  [S.NON_RETENUE]: "non retenue par l'employeur",
  [S.SANS_REPONSE_EMPLOYEUR]: "sans réponse de l'employeur",
  [S.DESISTEMENT]: 'désistement du jeune',
  [S.ANNULEE]: 'annulée (offre close)',
  [S.EMBAUCHE_AILLEURS]: 'embauché(e) ailleurs',
};

export enum OffreStatut {
  BROUILLON = 'brouillon',
  A_VALIDER = 'a_valider',
  PUBLIEE = 'publiee',
  POURVUE = 'pourvue',
  CLOTUREE = 'cloturee',
  EXPIREE = 'expiree',
}

/** Statuses in which an offer still counts as open (duplicates, lists "en cours"). */
export const OFFRE_OUVERTE = [OffreStatut.BROUILLON, OffreStatut.A_VALIDER, OffreStatut.PUBLIEE];

export const STATUT_LIBELLE: Record<OffreStatut, string> = {
  [OffreStatut.BROUILLON]: 'brouillon',
  [OffreStatut.A_VALIDER]: 'à valider',
  [OffreStatut.PUBLIEE]: 'publiée',
  [OffreStatut.POURVUE]: 'pourvue',
  [OffreStatut.CLOTUREE]: 'clôturée',
  [OffreStatut.EXPIREE]: 'expirée',
};

export enum MotifCloture {
  POURVUE_AILLEURS = 'pourvue_ailleurs',
  ANNULEE_EMPLOYEUR = 'annulee_employeur',
  BESOIN_DISPARU = 'besoin_disparu',
  ENTREPRISE_INJOIGNABLE = 'entreprise_injoignable',
  AUTRE = 'autre',
}

export const MOTIF_CLOTURE_LIBELLE: Record<MotifCloture, string> = {
  [MotifCloture.POURVUE_AILLEURS]: 'pourvue par un autre moyen',
  [MotifCloture.ANNULEE_EMPLOYEUR]: "annulée par l'employeur",
  [MotifCloture.BESOIN_DISPARU]: 'plus de besoin',
  [MotifCloture.ENTREPRISE_INJOIGNABLE]: 'entreprise injoignable',
  [MotifCloture.AUTRE]: 'autre',
};

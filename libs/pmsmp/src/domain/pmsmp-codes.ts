/** The three objectives of Cerfa 13912*04: exactly one per agreement. */
export enum Objectif {
  DECOUVRIR = 'decouvrir_metier',
  CONFIRMER = 'confirmer_projet',
  RECRUTER = 'initier_recrutement',
}

export const OBJECTIF_LIBELLE: Record<Objectif, string> = {
  [Objectif.DECOUVRIR]: 'Découvrir un métier ou un secteur d’activité',
  [Objectif.CONFIRMER]: 'Confirmer un projet professionnel',
  [Objectif.RECRUTER]: 'Initier une démarche de recrutement',
};

export enum ConventionStatut {
  BROUILLON = 'brouillon',
  A_SIGNER = 'a_signer',
  PARTIELLEMENT_SIGNEE = 'partiellement_signee',
  SIGNEE = 'signee',
  VALIDEE = 'validee',
  REFUSEE = 'refusee',
  ANNULEE = 'annulee',
}

export const STATUT_LIBELLE: Record<ConventionStatut, string> = {
  brouillon: 'en brouillon',
  a_signer: 'à signer',
  partiellement_signee: 'partiellement signée',
  signee: 'signée',
  validee: 'validée',
  refusee: 'refusée',
  annulee: 'annulée',
};

/** Who signs the Cerfa. The tutor signs only where the form asks (`PMSMP_SIGNATURE_TUTEUR`). */
export enum Signataire {
  BENEFICIAIRE = 'beneficiaire',
  REPRESENTANT_LEGAL = 'representant_legal',
  ENTREPRISE = 'entreprise',
  TUTEUR = 'tuteur',
  PRESCRIPTEUR = 'prescripteur',
}

export const SIGNATAIRE_LIBELLE: Record<Signataire, string> = {
  beneficiaire: 'Bénéficiaire',
  representant_legal: 'Représentant légal',
  entreprise: 'Représentant de la structure d’accueil',
  tuteur: 'Tuteur',
  prescripteur: 'Prescripteur (Mission Locale)',
};

/** How the objective went (the tutor's assessment). */
export enum BilanRealisation {
  REALISE = 'realise',
  PARTIEL = 'partiel',
  NON_REALISE = 'non_realise',
}

/** The jeune's situation at +15 days, +1 month, +3 months after the end. */
export enum SituationSuivi {
  EMPLOI = 'emploi',
  FORMATION = 'formation',
  RECHERCHE = 'recherche',
  AUTRE = 'autre',
}

export const ECHEANCES_SUIVI = ['j15', 'm1', 'm3'] as const;
export type EcheanceSuivi = (typeof ECHEANCES_SUIVI)[number];

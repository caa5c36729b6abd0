/** Where a proposal stands, as the matcher sees it; the mises en relation drive the later steps. */
export enum PropositionStatut {
  /** Made, not yet screened by a CRE. */
  OUVERTE = 'ouverte',
  /** Kept by the CRE: a mise en relation is under way. */
  RETENUE = 'retenue',
  /** Discarded by the CRE. */
  ECARTEE = 'ecartee',
  /** Declined by the jeune. */
  DECLINEE = 'declinee',
  /** The jeune did not answer in time. */
  SANS_REPONSE = 'sans_reponse',
  /** The jeune was hired on this offer. */
  EMBAUCHEE = 'embauchee',
  /** The mise en relation ended otherwise (not kept by the employer, withdrawal…). */
  TERMINEE = 'terminee',
  /** The offer closed, or the jeune no longer fits it (criteria changed, anonymised). */
  FERMEE = 'fermee',
}

/** Proposals that hold a slot of the offer (k) and of the jeune (m). */
export const PROPOSITION_ACTIVE = [PropositionStatut.OUVERTE, PropositionStatut.RETENUE];

/** The allowed moves; anything else is a 409 with the current status. */
export const PROPOSITION_TRANSITIONS: Record<PropositionStatut, PropositionStatut[]> = {
  // `terminee` from `ouverte`: the jeune was hired elsewhere before the CRE screened it.
  [PropositionStatut.OUVERTE]: [
    PropositionStatut.RETENUE,
    PropositionStatut.ECARTEE,
    PropositionStatut.TERMINEE,
    PropositionStatut.FERMEE,
  ],
  [PropositionStatut.RETENUE]: [
    PropositionStatut.DECLINEE,
    PropositionStatut.SANS_REPONSE,
    PropositionStatut.EMBAUCHEE,
    PropositionStatut.TERMINEE,
    PropositionStatut.FERMEE,
  ],
  [PropositionStatut.ECARTEE]: [],
  [PropositionStatut.DECLINEE]: [],
  [PropositionStatut.SANS_REPONSE]: [],
  [PropositionStatut.EMBAUCHEE]: [],
  [PropositionStatut.TERMINEE]: [],
  [PropositionStatut.FERMEE]: [],
};

/** Endings after which the offer is topped up to its wanted number of candidates. */
export const PROPOSITION_COMPLEMENT = [
  PropositionStatut.ECARTEE,
  PropositionStatut.DECLINEE,
  PropositionStatut.SANS_REPONSE,
  PropositionStatut.TERMINEE,
];

export const PROPOSITION_STATUT_LIBELLE: Record<PropositionStatut, string> = {
  [PropositionStatut.OUVERTE]: 'proposée',
  [PropositionStatut.RETENUE]: 'retenue',
  [PropositionStatut.ECARTEE]: 'écartée',
  [PropositionStatut.DECLINEE]: 'déclinée par le jeune',
  [PropositionStatut.SANS_REPONSE]: 'sans réponse du jeune',
  [PropositionStatut.EMBAUCHEE]: 'embauche',
  [PropositionStatut.TERMINEE]: 'terminée',
  [PropositionStatut.FERMEE]: 'fermée',
};

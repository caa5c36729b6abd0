export enum AccordStatut {
  PROPOSEE = 'proposee',
  ACCEPTEE = 'acceptee',
  REFUSEE = 'refusee',
  REVOQUEE = 'revoquee',
}

/** Which side of the agreement may apply a transition. */
export type Cote = 'demandeur' | 'partenaire' | 'l_un_ou_l_autre';

export interface AccordTransitionRule {
  from: AccordStatut;
  to: AccordStatut;
  par: Cote;
}

/**
 * Every allowed change of an agreement; anything else is a 409. The partner's admin alone
 * accepts: one structure cannot open another's jeunes to itself.
 */
export const ACCORD_TRANSITIONS: readonly AccordTransitionRule[] = [
  { from: AccordStatut.PROPOSEE, to: AccordStatut.ACCEPTEE, par: 'partenaire' },
  { from: AccordStatut.PROPOSEE, to: AccordStatut.REFUSEE, par: 'partenaire' },
  { from: AccordStatut.PROPOSEE, to: AccordStatut.REVOQUEE, par: 'demandeur' },
  { from: AccordStatut.ACCEPTEE, to: AccordStatut.REVOQUEE, par: 'l_un_ou_l_autre' },
];

/** Agreements that still count (a pair has at most one). */
export const ACCORD_EN_COURS = [AccordStatut.PROPOSEE, AccordStatut.ACCEPTEE];

import { DOMAIN_EVENT, DomainEventName, Role } from '@app/core';
import { OffreStatut as S } from '../offre-statut';

export enum OffreAction {
  SOUMETTRE = 'soumettre',
  VALIDER = 'valider',
  PUBLIER = 'publier',
  RENVOYER = 'renvoyer',
  CLOTURER = 'cloturer',
  PROLONGER = 'prolonger',
  ROUVRIR = 'rouvrir',
  MARQUER_POURVUE = 'marquer-pourvue',
  EXPIRER = 'expirer',
}

/** Who may do an action: staff roles, the entreprise's employer, or only the system (jobs). */
export type Actor = Role | 'system';

export interface Transition {
  from: S[];
  to: S;
  by: Actor[];
  /** A reason is required (it goes into the log and to the employer). */
  motifRequis?: boolean;
  /** The event the matcher and the mises en relation react to. */
  event?: DomainEventName;
}

const STAFF: Actor[] = [Role.ADMIN, Role.CRE];
const STAFF_AND_EMPLOYER: Actor[] = [Role.ADMIN, Role.CRE, Role.EMPLOYEUR];

/**
 * The offer lifecycle, as a table: anything not listed here is refused with 409 and the current
 * status. Each applied transition writes a log row (who, when, from, to, why).
 */
export const OFFRE_TRANSITIONS: Record<OffreAction, Transition> = {
  [OffreAction.SOUMETTRE]: { from: [S.BROUILLON], to: S.A_VALIDER, by: STAFF_AND_EMPLOYER },
  [OffreAction.VALIDER]: {
    from: [S.A_VALIDER],
    to: S.PUBLIEE,
    by: STAFF,
    event: DOMAIN_EVENT.OFFRE_PUBLIEE,
  },
  // A CRE who negotiated the offer by phone publishes it directly.
  [OffreAction.PUBLIER]: {
    from: [S.BROUILLON],
    to: S.PUBLIEE,
    by: STAFF,
    event: DOMAIN_EVENT.OFFRE_PUBLIEE,
  },
  [OffreAction.RENVOYER]: { from: [S.A_VALIDER], to: S.BROUILLON, by: STAFF, motifRequis: true },
  [OffreAction.CLOTURER]: {
    from: [S.BROUILLON, S.A_VALIDER, S.PUBLIEE],
    to: S.CLOTUREE,
    by: STAFF_AND_EMPLOYER,
    motifRequis: true,
    event: DOMAIN_EVENT.OFFRE_FERMEE,
  },
  [OffreAction.MARQUER_POURVUE]: {
    from: [S.PUBLIEE],
    to: S.POURVUE,
    by: [...STAFF, 'system'],
    event: DOMAIN_EVENT.OFFRE_FERMEE,
  },
  [OffreAction.EXPIRER]: {
    from: [S.PUBLIEE],
    to: S.EXPIREE,
    by: ['system'],
    event: DOMAIN_EVENT.OFFRE_FERMEE,
  },
  // Extending keeps a published offer alive for another 60 days, or brings an expired one back.
  [OffreAction.PROLONGER]: {
    from: [S.PUBLIEE, S.EXPIREE],
    to: S.PUBLIEE,
    by: STAFF_AND_EMPLOYER,
    event: DOMAIN_EVENT.OFFRE_ROUVERTE,
  },
  [OffreAction.ROUVRIR]: {
    from: [S.CLOTUREE, S.POURVUE, S.EXPIREE],
    to: S.PUBLIEE,
    by: STAFF,
    event: DOMAIN_EVENT.OFFRE_ROUVERTE,
  },
};

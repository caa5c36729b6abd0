import { Role } from '@app/core';
import { ConventionStatut as S } from '../domain/pmsmp-codes';

export enum ConventionAction {
  /** The draft is complete: links go to every signatory. */
  SOUMETTRE = 'soumettre',
  /** An edit: after a signature, the signatures are withdrawn and asked again. */
  MODIFIER = 'modifier',
  SIGNER = 'signer',
  /** The last signature: two log rows of one transaction (signer, then completer). */
  COMPLETER = 'completer',
  /** First step of a two-step validation (the conseiller's visa); the director validates. */
  VISER = 'viser',
  VALIDER = 'valider',
  REFUSER = 'refuser',
  ANNULER = 'annuler',
  /** On the renewed agreement: the renewal (a new linked agreement) was created. */
  RENOUVELER = 'renouveler',
  BILAN = 'bilan',
}

/** A staff role, the system, or a signatory through its link (`lien_beneficiaire`…). */
export type ConventionActor = Role | 'system' | `lien_${string}`;

export interface ConventionTransition {
  from: S[];
  /** The status after; `null`: it stays (a visa, a renewal noted, an edit of a draft). */
  to: S | null;
  /** Who may; `lien` is any signatory's link. */
  by: (Role | 'system' | 'lien')[];
}

const REDACTEURS = [Role.ADMIN, Role.CRE, Role.CONSEILLER];
const EN_SIGNATURE = [S.A_SIGNER, S.PARTIELLEMENT_SIGNEE, S.SIGNEE];

/**
 * The lifecycle as a table (`brouillon → a_signer → partiellement_signee → signee → validee`,
 * `refusee`, `annulee`): anything else is a 409 `PMSMP_TRANSITION_INTERDITE` with the status.
 */
export const CONVENTION_TRANSITIONS: Record<ConventionAction, ConventionTransition> = {
  [ConventionAction.SOUMETTRE]: { from: [S.BROUILLON], to: S.A_SIGNER, by: REDACTEURS },
  // A draft stays a draft; anything signed or being signed goes back to `a_signer`.
  [ConventionAction.MODIFIER]: { from: [S.BROUILLON, ...EN_SIGNATURE], to: null, by: REDACTEURS },
  [ConventionAction.SIGNER]: {
    from: [S.A_SIGNER, S.PARTIELLEMENT_SIGNEE],
    to: S.PARTIELLEMENT_SIGNEE,
    by: ['lien'],
  },
  [ConventionAction.COMPLETER]: { from: [S.PARTIELLEMENT_SIGNEE], to: S.SIGNEE, by: ['system'] },
  [ConventionAction.VISER]: { from: [S.SIGNEE], to: null, by: [Role.CONSEILLER, Role.ADMIN] },
  [ConventionAction.VALIDER]: {
    from: [S.SIGNEE],
    to: S.VALIDEE,
    by: [Role.CONSEILLER, Role.ADMIN],
  },
  [ConventionAction.REFUSER]: {
    from: EN_SIGNATURE,
    to: S.REFUSEE,
    by: [Role.CONSEILLER, Role.ADMIN],
  },
  // A validated agreement with an assessment cannot be cancelled (checked by the service).
  [ConventionAction.ANNULER]: {
    from: [S.BROUILLON, ...EN_SIGNATURE, S.VALIDEE],
    to: S.ANNULEE,
    // The system: a jeune anonymised (erasure, retention) while the agreement was under way.
    by: [...REDACTEURS, 'system'],
  },
  [ConventionAction.RENOUVELER]: { from: [S.VALIDEE], to: null, by: REDACTEURS },
  [ConventionAction.BILAN]: { from: [S.VALIDEE], to: null, by: ['lien', ...REDACTEURS] },
};

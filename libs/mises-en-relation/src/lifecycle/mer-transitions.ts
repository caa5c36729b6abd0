import { Role } from '@app/core';
import { PropositionStatut } from '@app/matching';
import { MerStatut as S, MER_OUVERTES } from './mer-statut';

export enum MerAction {
  RETENIR = 'retenir',
  ECARTER = 'ecarter',
  ACCEPTER = 'accepter',
  DECLINER = 'decliner',
  EXPIRER_JEUNE = 'expirer-jeune',
  TRANSMETTRE = 'transmettre',
  ENTRETIEN = 'entretien',
  RECRUTER = 'recruter',
  NE_PAS_RETENIR = 'ne-pas-retenir',
  EXPIRER_EMPLOYEUR = 'expirer-employeur',
  DESISTER = 'desister',
  ANNULER = 'annuler',
  EMBAUCHE_AILLEURS = 'embauche-ailleurs',
}

/** Who acts: a staff role or a logged-in employer, the system (jobs), or someone through a signed link. */
export type MerActor = Role | 'system' | 'lien_jeune' | 'lien_employeur';

export interface MerTransition {
  from: S[];
  to: S;
  by: MerActor[];
  /**
   * What the matcher's proposal becomes (its table is the matcher's: PropositionsService moves
   * it). Undefined: the proposal stays as it is (`retenue` while the MER is under way).
   */
  proposition?: PropositionStatut;
}

const STAFF: MerActor[] = [Role.ADMIN, Role.CRE];
const EMPLOYEUR: MerActor[] = [...STAFF, Role.EMPLOYEUR, 'lien_employeur'];
const CHEZ_EMPLOYEUR = [S.TRANSMISE_EMPLOYEUR, S.ENTRETIEN, S.SANS_REPONSE_EMPLOYEUR];

/**
 * The MER lifecycle, as a table: anything not listed is a 409 with the current status; each
 * applied transition writes a log row (who, when, from, to, why).
 */
export const MER_TRANSITIONS: Record<MerAction, MerTransition> = {
  [MerAction.RETENIR]: {
    from: [S.PROPOSEE],
    to: S.RETENUE,
    by: STAFF,
    proposition: PropositionStatut.RETENUE,
  },
  [MerAction.ECARTER]: {
    from: [S.PROPOSEE],
    to: S.ECARTEE,
    by: STAFF,
    proposition: PropositionStatut.ECARTEE,
  },
  [MerAction.ACCEPTER]: { from: [S.RETENUE], to: S.ACCEPTEE_JEUNE, by: ['lien_jeune', ...STAFF] },
  [MerAction.DECLINER]: {
    from: [S.RETENUE],
    to: S.DECLINEE_JEUNE,
    by: ['lien_jeune', ...STAFF],
    proposition: PropositionStatut.DECLINEE,
  },
  [MerAction.EXPIRER_JEUNE]: {
    from: [S.RETENUE],
    to: S.SANS_REPONSE_JEUNE,
    by: ['system'],
    proposition: PropositionStatut.SANS_REPONSE,
  },
  [MerAction.TRANSMETTRE]: { from: [S.ACCEPTEE_JEUNE], to: S.TRANSMISE_EMPLOYEUR, by: ['system'] },
  [MerAction.ENTRETIEN]: { from: CHEZ_EMPLOYEUR, to: S.ENTRETIEN, by: EMPLOYEUR },
  [MerAction.RECRUTER]: {
    from: CHEZ_EMPLOYEUR,
    to: S.RECRUTEE,
    by: EMPLOYEUR,
    proposition: PropositionStatut.EMBAUCHEE,
  },
  [MerAction.NE_PAS_RETENIR]: {
    from: CHEZ_EMPLOYEUR,
    to: S.NON_RETENUE,
    by: EMPLOYEUR,
    proposition: PropositionStatut.TERMINEE,
  },
  [MerAction.EXPIRER_EMPLOYEUR]: {
    from: [S.TRANSMISE_EMPLOYEUR],
    to: S.SANS_REPONSE_EMPLOYEUR,
    by: ['system'],
  },
  // The jeune withdraws once told (before, the jeune knows nothing of the proposal).
  [MerAction.DESISTER]: {
    from: MER_OUVERTES.filter((s) => s !== S.PROPOSEE),
    to: S.DESISTEMENT,
    by: [...STAFF, Role.CONSEILLER, 'lien_jeune'],
    proposition: PropositionStatut.TERMINEE,
  },
  [MerAction.ANNULER]: {
    from: MER_OUVERTES,
    to: S.ANNULEE,
    by: ['system'],
    proposition: PropositionStatut.FERMEE,
  },
  [MerAction.EMBAUCHE_AILLEURS]: {
    from: MER_OUVERTES,
    to: S.EMBAUCHE_AILLEURS,
    by: ['system'],
    proposition: PropositionStatut.TERMINEE,
  },
};

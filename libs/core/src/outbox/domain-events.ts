/**
 * Every domain event, with its payload (ids and versions only). Consumers register a handler for
 * the event's name on the events queue (JobHandlerRegistry); an event nobody handles is dropped.
 */
export const DOMAIN_EVENT = {
  /** An offer became `publiee` (validated, or created published): the matcher proposes candidates. */
  OFFRE_PUBLIEE: 'offre.publiee',
  /** A closed, filled or expired offer was opened again. */
  OFFRE_ROUVERTE: 'offre.rouverte',
  /** A published offer changed in what matching depends on (fiche, place, date, requirements…). */
  OFFRE_CRITERES_MODIFIES: 'offre.criteres_modifies',
  /** An offer left `publiee` (filled, closed, expired): open proposals on it must end. */
  OFFRE_FERMEE: 'offre.fermee',
  /** A jeune was created, or changed in what matching depends on (fiches, place, mobility, availability, status…). */
  JEUNE_MODIFIE: 'jeune.modifie',
  /** A jeune was anonymised (erasure or retention): derived data about the person must go. */
  JEUNE_ANONYMISE: 'jeune.anonymise',
  /**
   * matching: a proposal was made (by the matcher or by a CRE by hand), recorded in the same
   * transaction: the mises en relation create the MER from it.
   */
  PROPOSITION_CREEE: 'proposition.creee',
  /**
   * matching: a proposal ended (discarded, declined, no answer, closed by the matcher…): the
   * matcher tops the offer up; a MER still open on it ends.
   */
  PROPOSITION_CLOTUREE: 'proposition.cloturee',
  /** mises en relation: a jeune was hired on an offer (follow-up checks, yearly report). */
  MER_RECRUTEE: 'mer.recrutee',
  /** pmsmp: an agreement changed (content, signature, status): the worker renders its PDF. */
  PMSMP_MODIFIEE: 'pmsmp.modifiee',
  /**
   * The facts behind the yearly report (libs/pilotage): one event per row of a module's log, with
   * what was true at that moment (status, date, domain, contract…), so figures never depend on
   * today's state. The source id (log row, message + status) makes a replay count once.
   */
  /** offres: a row of the offer's log (creation, edit, status change). */
  OFFRE_TRANSITION: 'offre.transition',
  /** mises en relation: a row of the MER's log (creation, every status change). */
  MER_TRANSITION: 'mer.transition',
  /** mises en relation: a follow-up check after a hire was answered (in post or not). */
  MER_SUIVI_REPONDU: 'mer.suivi_repondu',
  /** messaging: a message reached a final status on its channel (sent, delivered, failed). */
  MESSAGE_STATUT: 'message.statut',
  /** pmsmp (to emit by libs/pmsmp): a row of the agreement's log. */
  PMSMP_TRANSITION: 'pmsmp.transition',
  /** pmsmp: the assessment at the end of the immersion. */
  PMSMP_BILAN: 'pmsmp.bilan',
  /** pmsmp: the jeune's situation 15, 30 or 90 days after the end (in a job or not). */
  PMSMP_SITUATION: 'pmsmp.situation',
} as const;
export type DomainEventName = (typeof DOMAIN_EVENT)[keyof typeof DOMAIN_EVENT];

export interface OffreEventPayload {
  offreId: string;
  version: number;
}

export interface JeuneEventPayload {
  jeuneId: string;
  version: number;
}

/** Dates are ISO strings (the log row's time). */
export interface OffreTransitionPayload {
  transitionId: string;
  offreId: string;
  structureId: string;
  entrepriseId: string;
  action: string;
  fromStatut: string | null;
  toStatut: string;
  byUserId: string | null;
  codeRome: string;
  typeContrat: string;
  at: string;
}

export interface MerTransitionPayload {
  transitionId: string;
  merId: string;
  offreId: string;
  jeuneId: string;
  structureId: string;
  creId: string | null;
  action: string;
  fromStatut: string | null;
  toStatut: string;
  byRole: string;
  motifCode: string | null;
  /** The hire's contract type (recrutement only). */
  typeContrat: string | null;
  at: string;
}

export interface MerSuiviReponduPayload {
  suiviId: string;
  merId: string;
  structureId: string;
  mois: number;
  repondant: string;
  reponse: 'en_poste' | 'plus_en_poste';
  at: string;
}

export interface MessageStatutPayload {
  messageId: string;
  structureId: string;
  canal: 'email' | 'sms';
  destinataireType: 'jeune' | 'utilisateur' | 'contact';
  destinataireId: string | null;
  statut: 'envoye' | 'delivre' | 'echec';
  /** 1, +1 at each admin re-send: a re-sent message counts again. */
  round: number;
  at: string;
}

export type PmsmpObjectif = 'decouvrir' | 'confirmer' | 'recruter';

export interface PmsmpTransitionPayload {
  transitionId: string;
  pmsmpId: string;
  structureId: string;
  jeuneId: string;
  objectif: PmsmpObjectif;
  fromStatut: string | null;
  /** The report counts `validee` (agreement validated by the ML). */
  toStatut: string;
  at: string;
}

export interface PmsmpBilanPayload {
  pmsmpId: string;
  structureId: string;
  objectif: PmsmpObjectif;
  realisation: 'realisee' | 'partielle' | 'non_realisee';
  at: string;
}

export interface PmsmpSituationPayload {
  pmsmpId: string;
  structureId: string;
  jeuneId: string;
  objectif: PmsmpObjectif;
  /** Days after the end of the immersion. */
  echeanceJours: 15 | 30 | 90;
  enEmploi: boolean;
  at: string;
}

export interface DomainEvents {
  [DOMAIN_EVENT.OFFRE_PUBLIEE]: OffreEventPayload;
  [DOMAIN_EVENT.OFFRE_ROUVERTE]: OffreEventPayload;
  [DOMAIN_EVENT.OFFRE_CRITERES_MODIFIES]: OffreEventPayload;
  [DOMAIN_EVENT.OFFRE_FERMEE]: OffreEventPayload & { statut: string };
  [DOMAIN_EVENT.JEUNE_MODIFIE]: JeuneEventPayload;
  [DOMAIN_EVENT.JEUNE_ANONYMISE]: JeuneEventPayload;
  [DOMAIN_EVENT.PROPOSITION_CREEE]: { propositionId: string; offreId: string; jeuneId: string };
  [DOMAIN_EVENT.PROPOSITION_CLOTUREE]: { propositionId: string; offreId: string; statut: string };
  [DOMAIN_EVENT.MER_RECRUTEE]: { merId: string; offreId: string; jeuneId: string };
  [DOMAIN_EVENT.PMSMP_MODIFIEE]: { conventionId: string; version: number };
  [DOMAIN_EVENT.OFFRE_TRANSITION]: OffreTransitionPayload;
  [DOMAIN_EVENT.MER_TRANSITION]: MerTransitionPayload;
  [DOMAIN_EVENT.MER_SUIVI_REPONDU]: MerSuiviReponduPayload;
  [DOMAIN_EVENT.MESSAGE_STATUT]: MessageStatutPayload;
  [DOMAIN_EVENT.PMSMP_TRANSITION]: PmsmpTransitionPayload;
  [DOMAIN_EVENT.PMSMP_BILAN]: PmsmpBilanPayload;
  [DOMAIN_EVENT.PMSMP_SITUATION]: PmsmpSituationPayload;
}

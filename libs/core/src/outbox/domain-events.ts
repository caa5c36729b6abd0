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
}

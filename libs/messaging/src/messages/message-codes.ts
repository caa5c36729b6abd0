/** Where a message stands. Only `en_attente` and `differe` may still be sent. */
export enum MessageStatut {
  /** Requested (outbox row), queued or being retried. */
  EN_ATTENTE = 'en_attente',
  /** SMS outside the allowed hours: waits for the next allowed time (a delayed job). */
  DIFFERE = 'differe',
  /** Accepted by the SMTP server or the SMS provider. */
  ENVOYE = 'envoye',
  /** The provider reported delivery to the handset (SMS) or mailbox. */
  DELIVRE = 'delivre',
  /** Permanent failure (refused, bounced, invalid number) or retries exhausted. */
  ECHEC = 'echec',
  /** Not sent on purpose: no consent, opted out, no address, anonymised, sent already within the cooldown. */
  SUPPRIME = 'supprime',
}

export type Canal = 'email' | 'sms';
export const CANAUX: Canal[] = ['email', 'sms'];

/** Who a message is for: a jeune (consent from the jeunes module), a staff user, or any address. */
export type DestinataireType = 'jeune' | 'utilisateur' | 'contact';

export const PENDING_STATUTS = [MessageStatut.EN_ATTENTE, MessageStatut.DIFFERE];
export const SENT_STATUTS = [MessageStatut.ENVOYE, MessageStatut.DELIVRE];

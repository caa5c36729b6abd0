/** Where a message stands. Only `en_attente` and `differe` may still be sent. */
export enum MessageStatut {
  /** Requested (outbox row), queued or being retried. */
  EN_ATTENTE = 'en_attente',
  /** SMS outside the allowed hours: waits for the next allowed time (a delayed job). */
  DIFFERE = 'differe',
  /** The provider call started (written before it): a crash now leaves an ambiguous message. */
  EN_COURS = 'en_cours',
  /** Accepted by the SMTP server or the SMS provider. */
  ENVOYE = 'envoye',
  /** The provider reported delivery to the handset (SMS) or mailbox. */
  DELIVRE = 'delivre',
  /** Permanent failure (refused, bounced, invalid number) or retries exhausted. */
  ECHEC = 'echec',
  /** The call was interrupted and the provider cannot tell whether it accepted it: an admin decides. */
  INCERTAIN = 'incertain',
  /** Not sent on purpose: no consent, opted out, no address, anonymised, sent already within the cooldown. */
  SUPPRIME = 'supprime',
}

export type Canal = 'email' | 'sms';
export const CANAUX: Canal[] = ['email', 'sms'];

/** Who a message is for: a jeune (consent from the jeunes module), a staff user, or any address. */
export type DestinataireType = 'jeune' | 'utilisateur' | 'contact';

export const PENDING_STATUTS = [MessageStatut.EN_ATTENTE, MessageStatut.DIFFERE];
export const SENT_STATUTS = [MessageStatut.ENVOYE, MessageStatut.DELIVRE];

const S = MessageStatut;
/**
 * Every allowed change: target ← the statuses it may come from. Each write of the sender, the
 * webhooks and the admin is conditioned on these (`WHERE statut IN …`), so a late or replayed
 * writer cannot move a settled message back; the row's `attempts`, `last_error` and dates are its log.
 */
export const MESSAGE_TRANSITIONS: Record<MessageStatut, MessageStatut[]> = {
  [S.EN_ATTENTE]: [S.EN_COURS, S.ECHEC, S.INCERTAIN], // call refused before acceptance; admin resend
  [S.DIFFERE]: [S.EN_ATTENTE, S.DIFFERE],
  [S.EN_COURS]: [S.EN_ATTENTE, S.DIFFERE],
  [S.ENVOYE]: [S.EN_COURS, S.INCERTAIN], // accepted; or found at the provider afterwards
  [S.DELIVRE]: [S.ENVOYE, S.EN_COURS, S.INCERTAIN],
  [S.ECHEC]: [S.EN_COURS, S.ENVOYE, S.DELIVRE, S.EN_ATTENTE, S.DIFFERE],
  [S.INCERTAIN]: [S.EN_COURS],
  [S.SUPPRIME]: [S.EN_ATTENTE, S.DIFFERE],
};

/** The statuses a message may move to `to` from. */
export const from = (to: MessageStatut): MessageStatut[] => MESSAGE_TRANSITIONS[to];

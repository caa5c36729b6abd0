/** What a provider needs to send one SMS. */
export interface OutgoingSms {
  /** E.164, e.g. +33612345678. */
  to: string;
  text: string;
  sender: string;
  /** UCS-2 text (accents outside GSM-7, emoji): the provider must not transliterate it. */
  unicode: boolean;
  /** Our message id (and round after an admin resend): providers echo it as a tag. */
  reference: string;
  /** Where the provider posts this message's events (delivery reports), when it supports it. */
  webhookUrl?: string;
}

/** An event a provider posts to our webhook, in our terms. */
export type SmsEvent =
  | { kind: 'delivre'; providerId: string }
  | { kind: 'echec'; providerId: string; error: string }
  | { kind: 'info'; providerId: string; error?: string }
  | { kind: 'reponse'; from: string; text: string; providerId?: string };

/**
 * A failed call: `permanent` when retrying cannot help (invalid number, 4xx), otherwise transient
 * (5xx, connection refused) and retried with backoff. `ambiguous`: the request may have reached
 * the provider (timeout, connection cut after sending): it is not re-sent before a lookup.
 */
export class SmsSendError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly ambiguous = false,
  ) {
    super(message);
    this.name = 'SmsSendError';
  }
}

/** What the provider knows of a reference: accepted (with its id), or never seen. */
export type SmsLookup = { accepted: true; providerId: string } | { accepted: false };

/** One interface per channel, one class per provider (Novu's model). */
export abstract class SmsProvider {
  abstract readonly name: string;
  /** Returns the provider's id for the message (delivery reports refer to it). */
  abstract send(sms: OutgoingSms): Promise<{ providerId: string }>;
  /**
   * Whether the provider accepted an SMS with this reference (to this number), for a call whose
   * outcome we lost (crash). Undefined when the provider offers no lookup: the message is then
   * `incertain`, for an admin to decide.
   */
  lookup?(reference: string, to: string): Promise<SmsLookup>;
  /** The events in a webhook body (delivery reports, replies); unknown shapes give none. */
  abstract parseEvents(body: unknown): SmsEvent[];
}

/** Words that withdraw SMS consent, as French operators and providers recognise them. */
export const STOP_WORDS = ['STOP', 'ARRET', 'ARRÊT', 'STOP SMS', 'DESABONNER', 'UNSUBSCRIBE'];

export const isStop = (text: string) =>
  STOP_WORDS.includes(
    text
      .trim()
      .toUpperCase()
      .replace(/[.!\s]+$/, ''),
  );

import { Canal } from '../messages/message-codes';

/** An email's content: one source for the HTML (MJML layout) and the text version. */
export interface EmailContent {
  subject: string;
  /** The line mail clients show after the subject. */
  preheader: string;
  titre: string;
  /** Plain text (escaped when rendered in HTML); one paragraph each. */
  paragraphes: string[];
  bouton?: { libelle: string; url: string };
}

export interface TemplateDefinition<D> {
  description: string;
  /** The channels this template has a version for. */
  canaux: Canal[];
  /** Fields holding URLs: shortened in SMS, and left out when comparing two messages' content. */
  liens: (keyof D & string)[];
  /** Fields an SMS may shorten ("…") to stay in one segment, longest first. */
  raccourcissables?: (keyof D & string)[];
  email?: (d: D) => EmailContent;
  sms?: (d: D) => string;
}

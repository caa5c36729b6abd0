import { Canal } from '../messages/message-codes';
import { TemplateData, TemplateId } from '../templates/catalogue';

/** Who to notify. A jeune's channels follow the consents kept by the jeunes module. */
export type Destinataire =
  | { jeuneId: string }
  | { userId: string }
  /** Any address (an employer contact, a tutor…): email and/or mobile number. */
  | { email?: string; telephone?: string; nom?: string };

export interface NotificationRequest<T extends TemplateId = TemplateId> {
  /**
   * The domain event this message reports, unique per occurrence, e.g. `mer.proposee:<merId>`.
   * With the recipient and the channel it is the idempotency key: the same event twice, one message.
   */
  event: string;
  /** The structure (Mission Locale) the message is sent for: tenancy, footer, admin lists. */
  structureId: string;
  destinataire: Destinataire;
  template: T;
  data: TemplateData[T];
  /** Restricts the channels (default: every channel the template has). */
  canaux?: Canal[];
}

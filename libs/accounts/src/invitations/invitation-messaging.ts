import { EntityManager } from 'typeorm';
import { Role } from '@app/core';

export interface InvitationEmail {
  invitationId: string;
  structureId: string;
  structureNom: string;
  email: string;
  prenom: string;
  nom: string;
  role: Role;
  expiresAt: Date;
  /** The activation link (from `link()`). */
  lien: string;
}

/** The message that carries an invitation, as messaging reports it. */
export interface InvitationDelivery {
  statut: string;
  tentatives: number;
  derniereErreur: string | null;
  envoyeLe: Date | null;
}

export type InvitationLinkCheck =
  { invitationId: string } | { problem: 'invalide' | 'expire' | 'deja_utilise' };

/**
 * What invitations need from messaging: its signed links and its messages. Messaging depends on
 * accounts (recipients are users), so accounts sees messaging through this port only, bound by
 * MessagingModule; the link scheme and the email's delivery are messaging's, one for every lib.
 */
export abstract class InvitationMessaging {
  /** A signed, single-use activation link valid until `expiresAt`. */
  abstract link(invitationId: string, expiresAt: Date): { token: string; url: string };
  abstract check(token: string): InvitationLinkCheck;
  /** Records the single use in the caller's transaction (refused if already used). */
  abstract consume(token: string, manager: EntityManager): Promise<void>;
  /** Writes the email (a messages row) in the caller's transaction; returns its message id. */
  abstract notify(manager: EntityManager, email: InvitationEmail): Promise<string | null>;
  abstract deliveries(messageIds: string[]): Promise<Map<string, InvitationDelivery>>;
}

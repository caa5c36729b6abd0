import { DomainError } from '@app/core';
import { createHash } from 'node:crypto';
import { Invitation, InvitationStatus } from './invitation.entity';
import { InvitationLinkCheck } from './invitation-messaging';

/** Invitations are looked up by the SHA-256 of their token: the token itself is never stored. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * A 410 that tells the person what to do: the link is forged or replaced, already used (the
 * account exists), or expired. `link` is messaging's verdict on the signature and expiry.
 */
export function assertUsable(invitation: Invitation | null, link: InvitationLinkCheck): void {
  const gone = (detail: string) => new DomainError('INVITATION_INVALID', detail);
  const forged = 'problem' in link && link.problem === 'invalide';
  const otherRow = 'invitationId' in link && link.invitationId !== invitation?.id;
  if (!invitation || invitation.status === InvitationStatus.REVOQUEE || forged || otherRow) {
    throw gone(
      "Ce lien d'invitation n'est pas valide. Demandez une nouvelle invitation à votre Mission Locale.",
    );
  }
  if (invitation.status === InvitationStatus.ACCEPTEE) {
    throw gone(
      'Ce lien a déjà été utilisé : votre compte existe, connectez-vous avec votre adresse e-mail.',
    );
  }
  if ('problem' in link || invitation.expiresAt.getTime() < Date.now()) {
    throw gone('Ce lien a expiré. Demandez une nouvelle invitation à votre Mission Locale.');
  }
}

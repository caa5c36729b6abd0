import { AuthUser, DomainError, Role } from '@app/core';
import { Jeune } from '../entities/jeune.entity';

/** A conseiller edits the jeunes it is the referent of; an admin edits every jeune of its structure. */
export function canEdit(jeune: Jeune, user: AuthUser): boolean {
  return (
    user.role === Role.ADMIN || (user.role === Role.CONSEILLER && jeune.conseillerId === user.id)
  );
}

export function assertCanEdit(jeune: Jeune, user: AuthUser): void {
  if (!canEdit(jeune, user)) {
    throw DomainError.forbidden(
      'Seul le conseiller référent du jeune, ou un administrateur, peut le modifier.',
    );
  }
}

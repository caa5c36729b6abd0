import { MailService, PermanentJobError } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { StructuresService } from '../structures/structures.service';
import { Invitation, InvitationStatus } from './invitation.entity';
import { invitationMail } from './invitation.mail';
import { InvitationsService } from './invitations.service';

export type SendOutcome = 'envoyee' | 'deja_traitee' | 'expiree';

/** Worker side of invitations: sends the email, records the delivery state on the row. */
@Injectable()
export class InvitationSenderService {
  constructor(
    @InjectRepository(Invitation) private readonly invitations: Repository<Invitation>,
    private readonly invitationsService: InvitationsService,
    private readonly structures: StructuresService,
    private readonly mail: MailService,
  ) {}

  /** Idempotent: reloads the row and acts only if it still waits for its email. */
  async send(invitationId: string): Promise<SendOutcome> {
    const invitation = await this.invitations.findOneBy({ id: invitationId });
    if (!invitation) throw new PermanentJobError(`Invitation ${invitationId} introuvable`);
    if (![InvitationStatus.EN_ATTENTE, InvitationStatus.ECHEC].includes(invitation.status))
      return 'deja_traitee';
    if (invitation.expiresAt.getTime() < Date.now()) return 'expiree';

    const structure = await this.structures.getById(invitation.structureId);
    const link = (await this.invitationsService.linkFor(invitation.id))!;
    await this.invitations.increment({ id: invitation.id }, 'sendAttempts', 1);
    await this.mail.send(
      invitationMail({
        to: invitation.email,
        prenom: invitation.prenom,
        structureNom: structure?.nom ?? 'Votre Mission Locale',
        role: invitation.role,
        link,
        expiresAt: invitation.expiresAt,
      }),
    );
    await this.invitations.update(
      { id: invitation.id },
      { status: InvitationStatus.ENVOYEE, sentAt: new Date(), lastError: null },
    );
    return 'envoyee';
  }

  async recordFailure(invitationId: string, error: Error, final: boolean): Promise<void> {
    await this.invitations.update(
      { id: invitationId },
      {
        lastError: error.message.slice(0, 1000),
        ...(final ? { status: InvitationStatus.ECHEC } : {}),
      },
    );
  }
}

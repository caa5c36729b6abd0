import {
  InvitationDelivery,
  InvitationEmail,
  InvitationLinkCheck,
  InvitationMessaging,
} from '@app/accounts';
import { Clock, Role } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { SignedLinksService } from '../links/signed-links.service';
import { Message } from '../messages/message.entity';
import { NotificationsService } from './notifications.service';

export const INVITATION_LINK_PURPOSE = 'compte.activer';

/** A role without a label here (a new one) is shown by its code. */
const ROLE_LABEL: Partial<Record<Role, string>> = {
  [Role.ADMIN]: 'administrateur',
  [Role.CRE]: 'chargé(e) de relations entreprises',
  [Role.CONSEILLER]: 'conseiller(ère)',
  [Role.EMPLOYEUR]: 'employeur',
  [Role.OPERATEUR]: 'opérateur de la plateforme',
};

/**
 * Accounts' invitations through messaging (bound to accounts' InvitationMessaging port, since
 * messaging depends on accounts): the activation link is a signed link like every other, the
 * email a messages row written in the caller's transaction.
 */
@Injectable()
export class InvitationMessagingAdapter extends InvitationMessaging {
  constructor(
    private readonly links: SignedLinksService,
    private readonly notifications: NotificationsService,
    @InjectRepository(Message) private readonly messages: Repository<Message>,
    private readonly clock: Clock,
  ) {
    super();
  }

  link(invitationId: string, expiresAt: Date): { token: string; url: string } {
    const token = this.links.sign({
      purpose: INVITATION_LINK_PURPOSE,
      subject: `invitation:${invitationId}`,
      resource: invitationId,
      ttlSeconds: Math.max(1, Math.ceil((expiresAt.getTime() - this.clock.now().getTime()) / 1000)),
      singleUse: true,
    });
    return { token, url: this.links.url('compte/activer', token) };
  }

  check(token: string): InvitationLinkCheck {
    const result = this.links.check(token, INVITATION_LINK_PURPOSE);
    return 'problem' in result ? result : { invitationId: result.link.resource ?? '' };
  }

  async consume(token: string, manager: EntityManager): Promise<void> {
    await this.links.consume(token, INVITATION_LINK_PURPOSE, manager);
  }

  async notify(manager: EntityManager, e: InvitationEmail): Promise<string | null> {
    const { messageIds } = await this.notifications.notify(manager, {
      // One message per link: a resend (new link) is a new message.
      event: `invitation:${e.invitationId}:${e.lien.slice(-16)}`,
      structureId: e.structureId,
      destinataire: { email: e.email, nom: `${e.prenom} ${e.nom}` },
      template: 'invitation_compte',
      data: {
        prenom: e.prenom,
        structure: e.structureNom,
        role: ROLE_LABEL[e.role] ?? e.role,
        lien: e.lien,
        expireLe: e.expiresAt.toISOString(),
      },
    });
    return messageIds[0] ?? null;
  }

  async deliveries(messageIds: string[]): Promise<Map<string, InvitationDelivery>> {
    if (messageIds.length === 0) return new Map();
    const rows = await this.messages.find({ where: { id: In(messageIds) } });
    return new Map(
      rows.map((m) => [
        m.id,
        {
          statut: m.statut,
          tentatives: m.attempts,
          derniereErreur: m.lastError,
          envoyeLe: m.sentAt,
        },
      ]),
    );
  }
}

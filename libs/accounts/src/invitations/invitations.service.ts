import { AppConfig, AuthUser, DomainError, Role } from '@app/core';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { User } from '../users/user.entity';
import { AuthService, Session } from '../auth/auth.service';
import { StructuresService } from '../structures/structures.service';
import { normaliseEmail, UsersService } from '../users/users.service';
import { Invitation, InvitationStatus } from './invitation.entity';
import { InvitationDelivery, InvitationMessaging } from './invitation-messaging';
import { assertUsable, hashToken } from './invitation-usable';

/** Who may invite whom: a CRE invites employers; an admin invites anyone. */
const MAY_INVITE: Record<Role, Role[]> = {
  [Role.ADMIN]: [Role.ADMIN, Role.CRE, Role.CONSEILLER, Role.EMPLOYEUR],
  [Role.CRE]: [Role.EMPLOYEUR],
  [Role.CONSEILLER]: [],
  [Role.EMPLOYEUR]: [],
  // Operators are created by the platform team, never invited by a structure.
  [Role.OPERATEUR]: [],
};

export interface NewInvitation {
  email: string;
  role: Role;
  prenom: string;
  nom: string;
  /** An employer invited for a given entreprise is attached to it on acceptance. */
  entrepriseId?: string | null;
}

/**
 * Run inside the acceptance transaction, after the account is created: lets other modules
 * (entreprises) attach the new account without accounts depending on them.
 */
export type InvitationAcceptedHook = (
  invitation: Invitation,
  user: User,
  manager: EntityManager,
) => Promise<void>;

@Injectable()
export class InvitationsService {
  private readonly acceptedHooks: InvitationAcceptedHook[] = [];

  constructor(
    @InjectRepository(Invitation) private readonly invitations: Repository<Invitation>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly messaging: InvitationMessaging,
    private readonly users: UsersService,
    private readonly structures: StructuresService,
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  onAccepted(hook: InvitationAcceptedHook): void {
    this.acceptedHooks.push(hook);
  }

  /**
   * The invitation and its email (a messages row) in one transaction: the request never waits on
   * Redis, and a rollback leaves neither. The worker's message relay sends it.
   */
  async create(input: NewInvitation, inviter: AuthUser): Promise<Invitation> {
    if (!MAY_INVITE[inviter.role].includes(input.role)) {
      throw new DomainError(
        'FORBIDDEN',
        `Votre rôle ne permet pas d'inviter un compte « ${input.role} ».`,
        { field: 'role' },
      );
    }
    const email = normaliseEmail(input.email);
    // Only the inviter's own structure's accounts are said to exist (its staff list them anyway):
    // another structure's address is invited like a new one, and its owner, who alone reads the
    // link, is told at acceptance that the account exists. No enumeration across structures.
    if (await this.users.existsByEmailInStructure(email, inviter.structureId)) {
      throw new DomainError('EMAIL_TAKEN', 'Un compte existe déjà avec cette adresse e-mail.', {
        field: 'email',
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const invitation = manager.getRepository(Invitation).create({
        ...input,
        id: randomUUID(),
        email,
        structureId: inviter.structureId,
        invitedById: inviter.id,
        expiresAt: this.newExpiry(),
      });
      return this.sendNewLink(manager, invitation);
    });
  }

  listForStructure(user: AuthUser): Promise<Invitation[]> {
    return this.invitations.find({
      where: { structureId: user.structureId },
      order: { createdAt: 'DESC' },
    });
  }

  /** The delivery state of each invitation's email, from messaging. */
  deliveries(invitations: Invitation[]): Promise<Map<string, InvitationDelivery>> {
    const ids = invitations.map((i) => i.messageId).filter((id): id is string => !!id);
    return this.messaging.deliveries(ids);
  }

  /** A new link (the old one stops working), a new expiry, a new email. */
  async resend(id: string, user: AuthUser): Promise<Invitation> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager
        .getRepository(Invitation)
        .createQueryBuilder('i')
        .setLock('pessimistic_write')
        .where('i.id = :id AND i.structureId = :sid', { id, sid: user.structureId })
        .getOne();
      if (!invitation) throw DomainError.notFound("L'invitation");
      if (invitation.status === InvitationStatus.ACCEPTEE) {
        throw new DomainError('CONFLICT', 'Cette invitation a déjà été acceptée.');
      }
      Object.assign(invitation, {
        status: InvitationStatus.EN_ATTENTE,
        expiresAt: this.newExpiry(),
      });
      return this.sendNewLink(manager, invitation);
    });
  }

  /** What the activation page shows before the password is chosen. */
  async describe(token: string): Promise<{ invitation: Invitation; structureNom: string }> {
    const invitation = await this.findUsable(token);
    const structure = await this.structures.getById(invitation.structureId);
    return { invitation, structureNom: structure?.nom ?? '' };
  }

  /** Creates the account and consumes the link, in one transaction: a link works once. */
  async accept(token: string, password: string): Promise<Session> {
    const user = await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Invitation);
      const invitation = await repo
        .createQueryBuilder('i')
        .setLock('pessimistic_write')
        .where('i.tokenHash = :hash', { hash: hashToken(token) })
        .getOne();
      this.assertUsable(token, invitation);
      if (await this.users.existsByEmail(invitation!.email, manager)) {
        throw new DomainError('EMAIL_TAKEN', 'Un compte existe déjà avec cette adresse e-mail.');
      }
      await this.messaging.consume(token, manager);
      const { structureId, email, role, prenom, nom } = invitation!;
      const created = await this.users.create(
        { structureId, email, role, prenom, nom, password },
        manager,
      );
      await repo.update(invitation!.id, {
        status: InvitationStatus.ACCEPTEE,
        acceptedAt: new Date(),
        userId: created.id,
      });
      for (const hook of this.acceptedHooks) await hook(invitation!, created, manager);
      return created;
    });
    return this.auth.sessionFor(user);
  }

  private async findUsable(token: string): Promise<Invitation> {
    const invitation = await this.invitations.findOneBy({ tokenHash: hashToken(token) });
    this.assertUsable(token, invitation);
    return invitation!;
  }

  private assertUsable(token: string, invitation: Invitation | null): void {
    assertUsable(invitation, this.messaging.check(token));
  }

  /** Signs a new link (only its hash is kept) and writes the email, in the caller's transaction. */
  private async sendNewLink(manager: EntityManager, invitation: Invitation): Promise<Invitation> {
    const { token, url } = this.messaging.link(invitation.id, invitation.expiresAt);
    invitation.tokenHash = hashToken(token);
    invitation.messageId = null;
    const repo = manager.getRepository(Invitation);
    await repo.save(invitation);
    const structure = await this.structures.getById(invitation.structureId);
    invitation.messageId = await this.messaging.notify(manager, {
      invitationId: invitation.id,
      structureId: invitation.structureId,
      structureNom: structure?.nom ?? 'Votre Mission Locale',
      email: invitation.email,
      prenom: invitation.prenom,
      nom: invitation.nom,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
      lien: url,
    });
    await repo.update(invitation.id, { messageId: invitation.messageId });
    return invitation;
  }

  private newExpiry(): Date {
    return new Date(Date.now() + this.config.INVITATION_TTL_HOURS * 3600_000);
  }
}

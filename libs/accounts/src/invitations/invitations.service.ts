import { AppConfig, AuthUser, DomainError, JOB, jobId, QUEUE, Role } from '@app/core';
import { InjectQueue } from '@nestjs/bullmq';
import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { User } from '../users/user.entity';
import { AuthService, Session } from '../auth/auth.service';
import { StructuresService } from '../structures/structures.service';
import { normaliseEmail, UsersService } from '../users/users.service';
import { Invitation, InvitationStatus } from './invitation.entity';
import { hashToken, invitationToken, newNonce } from './invitation-token';

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
  private readonly logger = new Logger(InvitationsService.name);
  private readonly acceptedHooks: InvitationAcceptedHook[] = [];

  constructor(
    @InjectRepository(Invitation) private readonly invitations: Repository<Invitation>,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUE.MAIL) private readonly mailQueue: Queue,
    private readonly users: UsersService,
    private readonly structures: StructuresService,
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  onAccepted(hook: InvitationAcceptedHook): void {
    this.acceptedHooks.push(hook);
  }

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
    const invitation = this.invitations.create({
      ...input,
      email,
      structureId: inviter.structureId,
      invitedById: inviter.id,
      expiresAt: new Date(Date.now() + this.config.INVITATION_TTL_HOURS * 3600_000),
    });
    this.setNewToken(invitation);
    await this.invitations.save(invitation);
    await this.enqueueSend(invitation);
    return invitation;
  }

  listForStructure(user: AuthUser): Promise<Invitation[]> {
    return this.invitations.find({
      where: { structureId: user.structureId },
      order: { createdAt: 'DESC' },
    });
  }

  /** A new link (the old one stops working), a new expiry, a new email. */
  async resend(id: string, user: AuthUser): Promise<Invitation> {
    const invitation = await this.invitations.findOneBy({ id, structureId: user.structureId });
    if (!invitation) throw DomainError.notFound("L'invitation");
    if (invitation.status === InvitationStatus.ACCEPTEE) {
      throw new DomainError('CONFLICT', 'Cette invitation a déjà été acceptée.');
    }
    this.setNewToken(invitation);
    Object.assign(invitation, {
      status: InvitationStatus.EN_ATTENTE,
      expiresAt: new Date(Date.now() + this.config.INVITATION_TTL_HOURS * 3600_000),
      sentAt: null,
      lastError: null,
    });
    await this.invitations.save(invitation);
    await this.enqueueSend(invitation);
    return invitation;
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
      this.assertUsable(invitation);
      if (await this.users.existsByEmail(invitation!.email, manager)) {
        throw new DomainError('EMAIL_TAKEN', 'Un compte existe déjà avec cette adresse e-mail.');
      }
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

  /** Queues again the invitations still waiting (Redis was down when they were created). */
  async requeuePending(olderThan: Date): Promise<number> {
    const pending = await this.invitations
      .createQueryBuilder('i')
      .addSelect('i.tokenNonce')
      .where('i.status = :status AND i.createdAt < :olderThan AND i.expiresAt > now()', {
        status: InvitationStatus.EN_ATTENTE,
        olderThan,
      })
      .getMany();
    for (const invitation of pending) await this.enqueueSend(invitation, true);
    return pending.length;
  }

  /** Rebuilds the link of an invitation (worker side, at send time). */
  async linkFor(id: string): Promise<string | null> {
    const row = await this.invitations
      .createQueryBuilder('i')
      .addSelect('i.tokenNonce')
      .where('i.id = :id', { id })
      .getOne();
    if (!row) return null;
    return `${this.config.PUBLIC_URL}/compte/activer/${invitationToken(this.config.JWT_SECRET, row.id, row.tokenNonce)}`;
  }

  private async findUsable(token: string): Promise<Invitation> {
    const invitation = await this.invitations.findOneBy({ tokenHash: hashToken(token) });
    this.assertUsable(invitation);
    return invitation!;
  }

  private assertUsable(invitation: Invitation | null): void {
    const gone = (detail: string) => new DomainError('INVITATION_INVALID', detail);
    if (!invitation || invitation.status === InvitationStatus.REVOQUEE) {
      throw gone(
        "Ce lien d'invitation n'est pas valide. Demandez une nouvelle invitation à votre Mission Locale.",
      );
    }
    if (invitation.status === InvitationStatus.ACCEPTEE) {
      throw gone(
        'Ce lien a déjà été utilisé : votre compte existe, connectez-vous avec votre adresse e-mail.',
      );
    }
    if (invitation.expiresAt.getTime() < Date.now()) {
      throw gone('Ce lien a expiré. Demandez une nouvelle invitation à votre Mission Locale.');
    }
  }

  private setNewToken(invitation: Invitation): void {
    invitation.id ??= randomUUID();
    invitation.tokenNonce = newNonce();
    invitation.tokenHash = hashToken(
      invitationToken(this.config.JWT_SECRET, invitation.id, invitation.tokenNonce),
    );
  }

  /**
   * After commit. If Redis is down the invitation stays `en_attente` and the maintenance sweep
   * queues it again: nothing is lost, the CRE gets an answer either way.
   */
  private async enqueueSend(invitation: Invitation, rethrow = false): Promise<void> {
    try {
      await this.mailQueue.add(
        JOB.SEND_INVITATION,
        { invitationId: invitation.id },
        { jobId: jobId(JOB.SEND_INVITATION, invitation.id, invitation.tokenNonce) },
      );
    } catch (error) {
      if (rethrow) throw error;
      this.logger.warn(
        `Invitation ${invitation.id} non mise en file (${(error as Error).message}) : reprise par le balayage`,
      );
    }
  }
}

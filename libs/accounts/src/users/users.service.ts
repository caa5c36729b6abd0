import { AuthUser, DomainError, Role } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { hashPassword, verifyPassword } from '../auth/password';
import { User } from './user.entity';

export interface NewUser {
  structureId: string;
  email: string;
  role: Role;
  prenom: string;
  nom: string;
  password: string;
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  async listForStructure(user: AuthUser, role?: Role): Promise<User[]> {
    return this.users.find({
      where: { structureId: user.structureId, ...(role ? { role } : {}) },
      order: { nom: 'ASC', prenom: 'ASC' },
    });
  }

  /** Scoped by structure: another structure's user is "not found". */
  async getForUser(id: string, user: AuthUser): Promise<User> {
    const found = await this.users.findOneBy({ id, structureId: user.structureId });
    if (!found) throw DomainError.notFound("L'utilisateur");
    return found;
  }

  async findByEmailWithPassword(email: string): Promise<User | null> {
    return this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: normaliseEmail(email) })
      .getOne();
  }

  /** Whether this structure has an account with this email (other structures' stay unknown). */
  async existsByEmailInStructure(email: string, structureId: string): Promise<boolean> {
    return this.users.existsBy({ email: normaliseEmail(email), structureId });
  }

  async existsByEmail(email: string, manager?: EntityManager): Promise<boolean> {
    const repo = manager ? manager.getRepository(User) : this.users;
    return repo.existsBy({ email: normaliseEmail(email) });
  }

  async create(values: NewUser, manager?: EntityManager): Promise<User> {
    const repo = manager ? manager.getRepository(User) : this.users;
    const { password, ...rest } = values;
    return repo.save(
      repo.create({
        ...rest,
        email: normaliseEmail(rest.email),
        passwordHash: await hashPassword(password),
      }),
    );
  }

  /**
   * Creates the account or brings it to the given state (provisioning, demo seed): running it
   * twice gives the same state; the password hash is rewritten only if the password changed.
   */
  async ensure(values: NewUser): Promise<User> {
    const existing = await this.findByEmailWithPassword(values.email);
    if (!existing) return this.create(values);
    const { password, ...rest } = values;
    const passwordHash = (await verifyPassword(existing.passwordHash, password))
      ? existing.passwordHash
      : await hashPassword(password);
    const wanted = { ...rest, email: normaliseEmail(rest.email), passwordHash, active: true };
    const changed = (Object.keys(wanted) as (keyof typeof wanted)[]).some(
      (k) => existing[k] !== wanted[k],
    );
    if (changed) await this.users.update({ id: existing.id }, wanted);
    return this.users.findOneByOrFail({ id: existing.id });
  }

  /** Emails of the active accounts among these ids (for notifications by other modules). */
  async activeEmails(ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const users = await this.users.find({
      where: { id: In(ids), active: true },
      order: { email: 'ASC' },
    });
    return users.map((u) => u.email);
  }

  async recordLogin(id: string): Promise<void> {
    await this.users.update({ id }, { lastLoginAt: new Date() });
  }
}

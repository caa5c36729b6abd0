import { AppConfig, DomainError } from '@app/core';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { hashPassword } from './password';

export const PASSWORD_RESET_TOKEN_TYPE = 'password-reset';
export const PASSWORD_RESET_TTL_MINUTES = 60;
export const PORTAIL_RESET_PATH = '/portail/mot-de-passe/nouveau';

/**
 * Password reset by an emailed link. The token is a JWT of its own type carrying a fingerprint
 * of the current password hash: once the password changes, every earlier link stops working
 * (single use without a table).
 */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Says nothing about whether the address has an account (same answer either way). */
  async request(email: string): Promise<void> {
    const user = await this.users.findByEmailWithPassword(email);
    if (!user || !user.active) return;
    const jeton = await this.jwt.signAsync(
      { typ: PASSWORD_RESET_TOKEN_TYPE, sub: user.id, fp: fingerprint(user.passwordHash) },
      { expiresIn: PASSWORD_RESET_TTL_MINUTES * 60 },
    );
    const lien = `${this.config.PUBLIC_URL}${PORTAIL_RESET_PATH}#jeton=${jeton}`;
    // Loaded at call time: messaging imports this lib, a static import would be circular.
    const { NotificationsService } = await import('@app/messaging');
    const notifications = this.moduleRef.get(NotificationsService, { strict: false });
    await this.dataSource.transaction((manager) =>
      notifications.notify(manager, {
        event: `compte.mot_de_passe_oublie:${user.id}:${fingerprint(jeton)}`,
        structureId: user.structureId,
        destinataire: { userId: user.id },
        template: 'mot_de_passe_oublie',
        data: { prenom: user.prenom, lien, validiteMinutes: String(PASSWORD_RESET_TTL_MINUTES) },
      }),
    );
  }

  async reset(jeton: string, password: string): Promise<void> {
    const invalid = () =>
      new DomainError(
        'LIEN_INVALIDE',
        'Ce lien a expiré ou a déjà servi : demandez-en un nouveau depuis la page de connexion.',
      );
    let payload: { typ?: string; sub: string; fp: string };
    try {
      payload = await this.jwt.verifyAsync(jeton);
    } catch {
      throw invalid();
    }
    if (payload.typ !== PASSWORD_RESET_TOKEN_TYPE) throw invalid();
    await this.dataSource.transaction(async (manager) => {
      const user = await manager
        .getRepository(User)
        .createQueryBuilder('u')
        .addSelect('u.passwordHash')
        .setLock('pessimistic_write')
        .where('u.id = :id', { id: payload.sub })
        .getOne();
      if (!user || !user.active || fingerprint(user.passwordHash) !== payload.fp) throw invalid();
      await manager
        .getRepository(User)
        .update({ id: user.id }, { passwordHash: await hashPassword(password) });
    });
  }
}

const fingerprint = (s: string) => createHash('sha256').update(s).digest('base64url').slice(0, 22);

import { ACCESS_TOKEN_TYPE, AppConfig, DomainError } from '@app/core';
import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { JwtService } from '@nestjs/jwt';
import { User } from '../users/user.entity';
import { UserView } from '../users/user.view';
import { UsersService } from '../users/users.service';
import { dummyPasswordHash, verifyPassword } from './password';

/** A bearer token and its account (API clients; browsers get the session cookie instead). */
export class Session {
  @ApiProperty() accessToken: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType: 'Bearer';
  @ApiProperty({ description: 'Durée de validité, en secondes' }) expiresIn: number;
  @ApiProperty({ type: UserView }) user: UserView;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  /** The same error, after the same work, whether the email or the password was wrong. */
  async login(email: string, password: string): Promise<Session> {
    const user = await this.verifyCredentials(email, password);
    if (!user)
      throw new DomainError('INVALID_CREDENTIALS', 'Adresse e-mail ou mot de passe incorrect.');
    await this.users.recordLogin(user.id);
    return this.sessionFor(user);
  }

  async verifyCredentials(email: string, password: string): Promise<User | null> {
    const user = await this.users.findByEmailWithPassword(email);
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    return user && user.active && ok ? user : null;
  }

  async sessionFor(user: User): Promise<Session> {
    const accessToken = await this.jwt.signAsync({
      typ: ACCESS_TOKEN_TYPE,
      sub: user.id,
      sid: user.structureId,
      role: user.role,
      email: user.email,
    });
    return {
      accessToken,
      tokenType: 'Bearer',
      expiresIn: this.config.JWT_TTL_SECONDS,
      user: UserView.of(user),
    };
  }
}

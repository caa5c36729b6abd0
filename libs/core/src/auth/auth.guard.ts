import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '../config/app-config';
import { DomainError } from '../errors/domain-error';
import { IS_PUBLIC, ROLES } from './decorators';
import { AuthUser, Role } from './roles';
import { CSRF_HEADER, csrfValid, isSafeMethod, readCookie, SESSION_COOKIE } from './session-cookie';

/**
 * The `typ` claim of access tokens: other JWTs signed with the same secret (links in emails)
 * carry another type or none, and must never open a session.
 */
export const ACCESS_TOKEN_TYPE = 'access';

interface AccessTokenPayload {
  typ?: string;
  sub: string;
  sid: string;
  role: Role;
  email: string;
}

/**
 * Global guard: every route needs a valid access token unless marked @Public(),
 * and a role listed by @Roles() when there is one. Tenancy (the structure) is enforced
 * by the services, which load rows scoped to the caller's structure and answer 404 otherwise.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const req = context.switchToHttp().getRequest();
    const header: string | undefined = req.headers.authorization;
    const bearer = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
    // Browsers (the portal) send the same token in the session cookie instead.
    const cookie = bearer ? undefined : readCookie(req.headers.cookie, SESSION_COOKIE);
    const token = bearer ?? cookie;
    if (!token) throw new DomainError('UNAUTHENTICATED', 'Veuillez vous connecter.');
    let payload: AccessTokenPayload;
    try {
      payload = await this.jwt.verifyAsync<AccessTokenPayload>(token);
      if (payload.typ !== ACCESS_TOKEN_TYPE) throw new Error('not an access token');
    } catch {
      throw new DomainError(
        'UNAUTHENTICATED',
        'Votre session a expiré ou est invalide : veuillez vous reconnecter.',
      );
    }
    if (
      cookie &&
      !isSafeMethod(req.method) &&
      !csrfValid(cookie, req.headers[CSRF_HEADER], this.config.JWT_SECRET)
    ) {
      throw new DomainError(
        'CSRF',
        'Jeton anti-falsification (X-CSRF-Token) absent ou invalide : rechargez la page.',
      );
    }
    const user: AuthUser = {
      id: payload.sub,
      structureId: payload.sid,
      role: payload.role,
      email: payload.email,
    };
    req.user = user;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(user.role)) throw DomainError.forbidden();
    return true;
  }
}

import { AppConfig, AuthUser, csrfTokenFor } from '@app/core';
import { Injectable } from '@nestjs/common';
import { IdentiteView } from '../structures/identite.view';
import { StructuresService } from '../structures/structures.service';
import { UserView } from '../users/user.view';
import { UsersService } from '../users/users.service';
import { BrowserSession } from './browser-session.view';

/**
 * The portal's first reads, as their endpoints answer them (GET /auth/session, GET
 * /portail-identite): one place, used by those controllers and by the server's rendering of the
 * employer's home (apps/api/src/portail), which must hand the browser the very same JSON.
 */
@Injectable()
export class PortailLectureService {
  constructor(
    private readonly users: UsersService,
    private readonly structures: StructuresService,
    private readonly config: AppConfig,
  ) {}

  /** The session of a browser: `token` is its session cookie (the CSRF token derives from it). */
  async session(user: AuthUser, token: string | undefined): Promise<BrowserSession> {
    return {
      user: UserView.of(await this.users.getForUser(user.id, user)),
      csrfToken: token ? csrfTokenFor(token, this.config.JWT_SECRET) : '',
      expiresIn: this.config.JWT_TTL_SECONDS,
    };
  }

  /** The ML of `code` (none: the first one, a deployment serving one ML), or null. */
  async identite(code?: string): Promise<IdentiteView | null> {
    const s = await this.structures.forPortail(code);
    if (!s) return null;
    const { nom, couleur, logoUrl, email, telephone } = s;
    return { code: s.code, nom, couleur, logoUrl, email, telephone };
  }
}

import { AuthService } from '@app/accounts';
import { ACCESS_TOKEN_TYPE, Role } from '@app/core';
import { JwtService } from '@nestjs/jwt';
import type { NextFunction, Request, Response } from 'express';

/**
 * The dashboard is an Express router outside Nest's guards, so it gets its own check:
 * an admin's access token, or an admin's email and password through HTTP Basic (browsers prompt).
 */
export function adminOnly(auth: AuthService, jwt: JwtService) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const header = req.headers.authorization ?? '';
    let role: string | undefined;
    if (header.startsWith('Bearer ')) {
      role = await jwt
        .verifyAsync<{ role: string; typ?: string }>(header.slice(7))
        .then((p) => (p.typ === ACCESS_TOKEN_TYPE ? p.role : undefined))
        .catch(() => undefined);
    } else if (header.startsWith('Basic ')) {
      const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
      const sep = decoded.indexOf(':');
      const user =
        sep > 0
          ? await auth.verifyCredentials(decoded.slice(0, sep), decoded.slice(sep + 1))
          : null;
      role = user?.role;
    }
    if (role === Role.ADMIN) return next();
    if (role) {
      res.status(403).type('text/plain; charset=utf-8').send('Réservé aux administrateurs.');
      return;
    }
    res
      .status(401)
      .setHeader('WWW-Authenticate', 'Basic realm="Files d\'attente", charset="UTF-8"')
      .type('text/plain; charset=utf-8')
      .send('Connectez-vous avec un compte administrateur.');
  };
}

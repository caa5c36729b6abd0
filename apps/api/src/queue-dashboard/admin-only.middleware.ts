import { AuthService, LoginRateLimiter } from '@app/accounts';
import { ACCESS_TOKEN_TYPE, DomainError, ERROR_CODES, Role } from '@app/core';
import { JwtService } from '@nestjs/jwt';
import type { NextFunction, Request, Response } from 'express';

/**
 * The dashboard is an Express router outside Nest's guards, so it gets its own check:
 * an admin's access token, or an admin's email and password through HTTP Basic (browsers prompt),
 * counted by the same login limiter as POST /auth/login.
 */
export function adminOnly(auth: AuthService, jwt: JwtService, limiter: LoginRateLimiter) {
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
      try {
        await limiter.attempt(req.ip ?? '', decoded.slice(0, Math.max(0, sep)));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        const retry = error.options.retryAfterSeconds;
        if (retry) res.setHeader('Retry-After', String(retry));
        res.status(ERROR_CODES[error.code].status).type('text/plain; charset=utf-8');
        res.send(error.message);
        return;
      }
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

import { ACCESS_TOKEN_TYPE, Role } from '@app/core';
import { JwtService } from '@nestjs/jwt';
import type { NextFunction, Request, Response } from 'express';

const problem = (res: Response, status: number, code: string, detail: string) =>
  res.status(status).type('application/problem+json').json({ status, code, detail });

/**
 * The dashboard is an Express router outside Nest's guards, so it checks the access token the
 * way the global guard does. It shows and acts on every structure's jobs: only the platform
 * operator role, never a structure's admin. No HTTP Basic: one login path (POST /auth/login),
 * one rate limiter.
 */
export function operatorOnly(jwt: JwtService) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const header = req.headers.authorization ?? '';
    const role = header.startsWith('Bearer ')
      ? await jwt
          .verifyAsync<{ role: string; typ?: string }>(header.slice(7))
          .then((p) => (p.typ === ACCESS_TOKEN_TYPE ? p.role : undefined))
          .catch(() => undefined)
      : undefined;
    if (role === Role.OPERATEUR) return next();
    if (role) {
      problem(res, 403, 'FORBIDDEN', 'Réservé aux opérateurs de la plateforme.');
      return;
    }
    problem(res, 401, 'UNAUTHENTICATED', 'Connectez-vous (jeton d’accès d’un opérateur).');
  };
}

import { AppConfig, DomainError, REDIS } from '@app/core';
import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import Redis from 'ioredis';

/**
 * Sign-ups per client IP (TRUST_PROXY decides which address that is) per window, counted in
 * Redis so every API instance shares the count: the public form creates accounts and sends
 * emails, it must not be a door anyone can push without limit. Without Redis: 503, not open.
 */
@Injectable()
export class InscriptionRateLimitGuard implements CanActivate {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    const window = this.config.SIGNUP_RATE_WINDOW_SECONDS;
    const key = `inscription:${req.ip}:${Math.floor(Date.now() / 1000 / window)}`;
    let count: number;
    try {
      const [[, n]] = (await this.redis.multi().incr(key).expire(key, window).exec()) as [
        [Error | null, number],
      ];
      count = n;
    } catch {
      throw new DomainError('SERVICE_UNAVAILABLE', 'Inscription momentanément indisponible.');
    }
    if (count > this.config.SIGNUP_RATE_LIMIT) {
      const retry = window - (Math.floor(Date.now() / 1000) % window);
      throw new DomainError(
        'RATE_LIMITED',
        'Trop d’inscriptions depuis cette adresse : réessayez plus tard.',
        { retryAfterSeconds: retry },
      );
    }
    return true;
  }
}

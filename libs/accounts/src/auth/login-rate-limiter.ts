import { AppConfig, DomainError, RateLimiter } from '@app/core';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';

/**
 * Slows password guessing: attempts are counted per (IP, email), so that one attacker cannot try
 * many passwords on one account, shared by every API instance (core's RateLimiter, in Redis).
 * Every way to log in goes through `attempt()` (the guard below for HTTP routes). Redis down:
 * 503 with Retry-After at once (RateLimiter), never a 500 nor a wait.
 */
@Injectable()
export class LoginRateLimiter {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
  ) {}

  async attempt(ip: string, email: string): Promise<void> {
    const key = `login:${ip}|${email.trim().toLowerCase()}`;
    const hit = await this.limiter.hit(
      key,
      this.config.LOGIN_RATE_LIMIT,
      this.config.LOGIN_RATE_WINDOW_SECONDS * 1000,
    );
    if (!hit.blocked) return;
    const seconds = Math.max(1, Math.ceil(hit.msBeforeReset / 1000));
    const minutes = Math.ceil(seconds / 60);
    throw new DomainError(
      'RATE_LIMITED',
      `Trop de tentatives de connexion : réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`,
      { retryAfterSeconds: seconds },
    );
  }
}

/** For a login route whose body has `email`. */
@Injectable()
export class LoginRateLimitGuard implements CanActivate {
  constructor(private readonly limiter: LoginRateLimiter) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<{ ip?: string; body?: { email?: unknown } }>();
    const email = typeof req.body?.email === 'string' ? req.body.email : '';
    await this.limiter.attempt(req.ip ?? '', email);
    return true;
  }
}

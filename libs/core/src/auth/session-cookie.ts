import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Browser sessions (the portal): the same access token as API clients, but in an httpOnly,
 * Secure, SameSite=Strict cookie that page scripts cannot read. A cookie is sent by the browser
 * whoever made the page, so unsafe methods also need the CSRF token: an HMAC of the session
 * token, given to the portal at login and in a readable cookie, sent back in `X-CSRF-Token`
 * (signed double submit: another site can neither read it nor compute it).
 */
export const SESSION_COOKIE = 'ml_session';
export const CSRF_COOKIE = 'ml_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];

export function csrfTokenFor(sessionToken: string, secret: string): string {
  return createHmac('sha256', secret).update(`csrf|${sessionToken}`).digest('base64url');
}

export function csrfValid(sessionToken: string, sent: unknown, secret: string): boolean {
  if (typeof sent !== 'string') return false;
  const expected = Buffer.from(csrfTokenFor(sessionToken, secret));
  const given = Buffer.from(sent);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export const isSafeMethod = (method: string) => SAFE_METHODS.includes(method.toUpperCase());

/** One cookie from the Cookie header (no cookie-parser: two cookies are all we read). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name)
      return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/** Set-Cookie values: the session (httpOnly) and the CSRF token (readable by the portal). */
export function sessionCookies(token: string, secret: string, maxAgeSeconds: number): string[] {
  const common = `Path=/; Max-Age=${maxAgeSeconds}; Secure; SameSite=Strict`;
  return [
    `${SESSION_COOKIE}=${token}; ${common}; HttpOnly`,
    `${CSRF_COOKIE}=${csrfTokenFor(token, secret)}; ${common}`,
  ];
}

export function clearedSessionCookies(): string[] {
  const common = 'Path=/; Max-Age=0; Secure; SameSite=Strict';
  return [`${SESSION_COOKIE}=; ${common}; HttpOnly`, `${CSRF_COOKIE}=; ${common}`];
}

import { createHash, createHmac, randomBytes } from 'node:crypto';

export function newNonce(): string {
  return randomBytes(16).toString('hex');
}

export function invitationToken(secret: string, invitationId: string, nonce: string): string {
  return createHmac('sha256', secret)
    .update(`invitation:${invitationId}:${nonce}`)
    .digest('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

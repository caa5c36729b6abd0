import { AppConfig, Clock, DomainError } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';

export interface SignedLinkRequest {
  /** What the link does, e.g. `preferences`, `proposition.repondre`: checked on use. */
  purpose: string;
  /** Who it is for, e.g. `jeune:<id>`: the link acts for that person only. */
  subject: string;
  /** What it acts on, e.g. the proposal's id. */
  resource?: string;
  ttlSeconds: number;
  /** Used once (links that change state): `consume()` refuses a second use. */
  singleUse?: boolean;
}

export interface SignedLink {
  purpose: string;
  subject: string;
  resource: string | null;
  jti: string;
  expiresAt: Date;
  singleUse: boolean;
}

export type LinkProblem = 'invalide' | 'expire' | 'deja_utilise';

const MESSAGES: Record<LinkProblem, string> = {
  invalide: "Ce lien n'est pas valide.",
  expire: 'Ce lien a expiré.',
  deja_utilise: 'Ce lien a déjà été utilisé.',
};

const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64url');

/**
 * Links that let a recipient act without logging in: signed (HMAC-SHA256 with a key derived from
 * JWT_SECRET, so a link is never an access token nor the reverse), expiring, bound to one
 * recipient and one purpose; single-use ones are recorded when used, in the caller's transaction.
 */
@Injectable()
export class SignedLinksService {
  private readonly key: Buffer;

  constructor(
    config: AppConfig,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.key = createHmac('sha256', config.JWT_SECRET).update('ml-liens-signes-v1').digest();
    this.publicUrl = config.PUBLIC_URL.replace(/\/$/, '');
  }

  private readonly publicUrl: string;

  /** A token for `url()`; compact enough for an email, shortened (`/l/<code>`) in SMS. */
  sign(req: SignedLinkRequest): string {
    const payload = {
      p: req.purpose,
      s: req.subject,
      ...(req.resource ? { r: req.resource } : {}),
      e: Math.floor(this.clock.now().getTime() / 1000) + req.ttlSeconds,
      j: randomBytes(12).toString('base64url'),
      ...(req.singleUse ? { u: 1 } : {}),
    };
    const body = b64(JSON.stringify(payload));
    return `${body}.${this.signature(body)}`;
  }

  /** `${PUBLIC_URL}/${path}/${token}`. */
  url(path: string, token: string): string {
    return `${this.publicUrl}/${path.replace(/^\/|\/$/g, '')}/${token}`;
  }

  /** The link if valid for this purpose, else why not (for a page that explains). */
  check(token: string, purpose: string): { link: SignedLink } | { problem: LinkProblem } {
    const [body, signature, extra] = String(token).split('.');
    if (!body || !signature || extra !== undefined) return { problem: 'invalide' };
    const expected = Buffer.from(this.signature(body));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return { problem: 'invalide' };
    }
    let p: { p: string; s: string; r?: string; e: number; j: string; u?: number };
    try {
      p = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch {
      return { problem: 'invalide' };
    }
    if (p.p !== purpose) return { problem: 'invalide' };
    if (p.e * 1000 <= this.clock.now().getTime()) return { problem: 'expire' };
    return {
      link: {
        purpose: p.p,
        subject: p.s,
        resource: p.r ?? null,
        jti: p.j,
        expiresAt: new Date(p.e * 1000),
        singleUse: p.u === 1,
      },
    };
  }

  /** The link, or a 410 LIEN_INVALIDE naming the reason. */
  verify(token: string, purpose: string): SignedLink {
    const result = this.check(token, purpose);
    if ('problem' in result) throw linkError(result.problem);
    return result.link;
  }

  /**
   * Verifies and, for a single-use link, records its use in the caller's transaction: the state
   * change and the use commit together, and a second use (even concurrent) is refused.
   */
  async consume(token: string, purpose: string, manager?: EntityManager): Promise<SignedLink> {
    const link = this.verify(token, purpose);
    if (!link.singleUse) return link;
    const rows: unknown[] = await (manager ?? this.dataSource.manager).query(
      `INSERT INTO "signed_link_uses" ("jti", "purpose", "subject", "expires_at")
       VALUES ($1, $2, $3, $4) ON CONFLICT ("jti") DO NOTHING RETURNING "jti"`,
      [link.jti, purpose, link.subject, link.expiresAt],
    );
    if (rows.length === 0) throw linkError('deja_utilise');
    return link;
  }

  private signature(body: string): string {
    // 128 bits of HMAC-SHA256: short links stay short, forgery stays out of reach.
    return createHmac('sha256', this.key)
      .update(body)
      .digest()
      .subarray(0, 16)
      .toString('base64url');
  }
}

export function linkError(problem: LinkProblem): DomainError {
  return new DomainError('LIEN_INVALIDE', MESSAGES[problem], { details: { raison: problem } });
}

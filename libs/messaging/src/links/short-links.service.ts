import { AppConfig, Clock } from '@app/core';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHmac, randomBytes } from 'node:crypto';
import { Repository } from 'typeorm';
import { GroupCommit } from '../delivery/group-commit';
import { MessagingConfig } from '../messaging.config';
import { ShortLink } from './short-link.entity';

interface NewLink {
  code: string;
  url: string;
  messageId: string;
  expiresAt: Date;
}

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CODE_LENGTH = 8;

function base62(bytes: Buffer, length: number): string {
  let out = '';
  for (let i = 0; out.length < length; i++) out += ALPHABET[bytes[i % bytes.length] % 62];
  return out;
}

/** The service's own short links (`/l/<code>`), for SMS: a signed link is too long for 160 characters. */
@Injectable()
export class ShortLinksService {
  private readonly inserts = new GroupCommit((links: NewLink[]) => this.insertBatch(links));
  private readonly base: string;
  private readonly key: Buffer;

  constructor(
    @InjectRepository(ShortLink) private readonly links: Repository<ShortLink>,
    @Inject(MessagingConfig) config: MessagingConfig,
    appConfig: AppConfig,
    private readonly clock: Clock,
  ) {
    this.base = (config.SHORT_LINK_BASE_URL || appConfig.PUBLIC_URL).replace(/\/$/, '');
    this.key = createHmac('sha256', appConfig.JWT_SECRET).update('ml-liens-courts-v1').digest();
  }

  /**
   * The short URL of `url` for this message. The code derives from both (keyed, so not guessable):
   * a retried send finds the same code instead of creating another.
   */
  async shorten(url: string, messageId: string, ttlSeconds: number): Promise<string> {
    const expiresAt = new Date(this.clock.now().getTime() + ttlSeconds * 1000);
    const derived = base62(
      createHmac('sha256', this.key).update(`${messageId}\n${url}`).digest(),
      CODE_LENGTH,
    );
    // One statement in the usual case (a first send): the insert. It inserts nothing when the
    // code exists: a retried send (same URL, reuse it) or, rarely, another URL (take a random code).
    let code = await this.insert(derived, url, messageId, expiresAt);
    if (!code) {
      const existing = await this.links.findOneBy({ code: derived });
      code = existing?.url === url ? derived : base62(randomBytes(16), CODE_LENGTH);
      if (code !== derived) await this.insert(code, url, messageId, expiresAt);
    }
    return `${this.base}/l/${code}`;
  }

  private insert(
    code: string,
    url: string,
    messageId: string,
    expiresAt: Date,
  ): Promise<string | undefined> {
    return this.inserts.call({ code, url, messageId, expiresAt });
  }

  /** The concurrent sends' links in one statement (GroupCommit); each code, or undefined if taken. */
  private async insertBatch(links: NewLink[]): Promise<(string | undefined)[]> {
    const rows: { code: string }[] = await this.links.query(
      `INSERT INTO "short_links" ("code", "url", "message_id", "expires_at")
       SELECT * FROM unnest($1::varchar[], $2::text[], $3::uuid[], $4::timestamptz[])
       ON CONFLICT ("code") DO NOTHING RETURNING "code"`,
      [
        links.map((l) => l.code),
        links.map((l) => l.url),
        links.map((l) => l.messageId),
        links.map((l) => l.expiresAt),
      ],
    );
    const inserted = new Set(rows.map((r) => r.code));
    return links.map((l) => (inserted.has(l.code) ? l.code : undefined));
  }

  /** The target of a code still valid (and counts the visit), or null. */
  async resolve(code: string): Promise<string | null> {
    if (!/^[0-9A-Za-z]{4,16}$/.test(code)) return null;
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [rows]: [{ url: string }[], number] = await this.links.query(
      `UPDATE "short_links" SET "clicks" = "clicks" + 1
       WHERE "code" = $1 AND "expires_at" > $2 RETURNING "url"`,
      [code, this.clock.now()],
    );
    return rows[0]?.url ?? null;
  }
}

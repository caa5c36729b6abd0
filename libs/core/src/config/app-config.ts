import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
} from 'class-validator';
import { toBool, toInt } from './env-transforms';

/** Signs development tokens only: refused in production. */
export const DEV_JWT_SECRET = 'dev-only-secret-change-me-in-production-0123456789';

/**
 * Every environment variable the service reads, with its default.
 * `.env.example` and the README's configuration table document the same list.
 * Defaults work on a developer's machine (PostgreSQL, Redis and a mail catcher on localhost).
 */
export class AppConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  /** Base URL of the service as users reach it: links in emails are built from it. */
  @IsUrl({ require_tld: false, require_protocol: true })
  PUBLIC_URL = 'http://localhost:3000';

  @Matches(/^postgres(ql)?:\/\//, {
    message: 'doit être une URL postgres://utilisateur:motdepasse@hôte:port/base',
  })
  DATABASE_URL = 'postgres://postgres:postgres@127.0.0.1:5432/mission_locale';

  @Transform(toBool)
  @IsBoolean()
  DATABASE_LOG_QUERIES = false;

  @Matches(/^rediss?:\/\//, { message: 'doit être une URL redis://hôte:port' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Prefix of every Redis key (queues, rate limits): lets several instances share one Redis. */
  @IsString()
  @Matches(/^[a-zA-Z0-9_:-]+$/, {
    message: 'ne doit contenir que lettres, chiffres, « _ », « - » et « : »',
  })
  REDIS_PREFIX = 'ml';

  /**
   * Longest wait for Redis while answering a request (the API's queues, rate limits, readiness):
   * past it the command fails, with a clear 503 where the request needed it.
   */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(30_000)
  REDIS_COMMAND_TIMEOUT_MS = 1000;

  @IsString()
  @MinLength(32, {
    message: 'doit contenir au moins 32 caractères (secret de signature des jetons)',
  })
  JWT_SECRET = DEV_JWT_SECRET;

  /** Lifetime of an access token, in seconds. */
  @Transform(toInt)
  @IsInt()
  @Min(60)
  JWT_TTL_SECONDS = 3600;

  /** Login attempts allowed per email and IP address per LOGIN_RATE_WINDOW_SECONDS. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_RATE_WINDOW_SECONDS = 300;

  /** Portal sign-ups allowed per client IP per SIGNUP_RATE_WINDOW_SECONDS, then 429. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  SIGNUP_RATE_LIMIT = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  SIGNUP_RATE_WINDOW_SECONDS = 3600;

  /** SMTP server, e.g. smtp://user:pass@smtp.example.fr:587 (Mailpit in development). */
  @Matches(/^smtps?:\/\//, { message: 'doit être une URL smtp://hôte:port ou smtps://hôte:port' })
  SMTP_URL = 'smtp://127.0.0.1:1025';

  /**
   * SMTP connections each process keeps open (nodemailer pool). One connection carries one
   * message at a time: with the mail queue's concurrency above it, sends wait for a connection.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  SMTP_POOL_SIZE = 5;

  @IsString()
  @IsNotEmpty()
  MAIL_FROM = 'Mission Locale <ne-pas-repondre@mission-locale.localhost>';

  /** Validity of an invitation link, in hours. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  INVITATION_TTL_HOURS = 168;

  /** First retry delay of a failed job in ms; doubles at each attempt (exponential backoff). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  QUEUE_BACKOFF_MS = 5000;

  /** How often the worker moves new domain events from the outbox table to the queue, in ms. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  OUTBOX_POLL_MS = 500;

  /** How often the worker checks that its job schedulers are still in Redis, in ms. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  SCHEDULER_CHECK_MS = 30_000;

  /** How often the worker looks for relayed events and messages whose job was lost, in ms. */
  @Transform(toInt)
  @IsInt()
  @Min(50)
  RECONCILE_EVERY_MS = 10000;

  /** A relayed event or queued message not processed after this long has its job checked, in ms. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  RECONCILE_AFTER_MS = 120000;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Transform(toBool)
  @IsBoolean()
  LOG_PRETTY = false;

  /**
   * Development surfaces (the SMS inbox /dev/sms and its reply form, the dev SMS provider, the
   * public development JWT secret): off unless set explicitly, refused with NODE_ENV=production.
   * `npm start` and the tests set it; a deployment never does.
   */
  @Transform(toBool)
  @IsBoolean()
  DEV_SURFACES = false;

  /**
   * Proxies whose `X-Forwarded-For` is believed (client IP for rate limits and logs): a comma
   * list of addresses or subnets (`10.0.0.1,172.16.0.0/12`, `loopback`). Empty: none, the socket
   * address is the client's.
   */
  @IsString()
  @Matches(/^$|^[\w.:/]+(\s*,\s*[\w.:/]+)*$/, {
    message: 'doit être une liste d’adresses ou de sous-réseaux séparés par des virgules',
  })
  TRUST_PROXY = '';

  get trustedProxies(): string[] | false {
    const list = this.TRUST_PROXY.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return list.length ? list : false;
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  /** Checks across variables (see loadConfig). */
  problems(): string[] {
    const problems: string[] = [];
    if (this.isProduction && this.JWT_SECRET === DEV_JWT_SECRET) {
      problems.push('JWT_SECRET : le secret de développement est interdit en production');
    }
    if (this.isProduction && this.DEV_SURFACES) {
      problems.push('DEV_SURFACES : les surfaces de développement sont interdites en production');
    }
    return problems;
  }
}

import { Env, loadConfig, toInt } from '@app/core';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsString, IsUrl, Matches, Max, Min } from 'class-validator';

/**
 * The messaging module's environment variables, with their defaults, validated like AppConfig.
 * Read from the app's environment (ConfigModule overrides apply: tests).
 */
export class MessagingConfig {
  /** `dev`: SMS kept in the local inbox (/dev/sms); `brevo`: Brevo's transactional SMS API. */
  @IsIn(['dev', 'brevo'])
  SMS_PROVIDER: 'dev' | 'brevo' = 'dev';

  /** Sender shown on the phone: up to 11 letters and digits (operators' rule for names). */
  @Matches(/^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$|^\d{1,15}$/, {
    message:
      "doit compter 1 à 11 lettres ou chiffres (au moins une lettre), ou jusqu'à 15 chiffres",
  })
  SMS_SENDER = 'MissionLoc';

  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  BREVO_API_URL = 'https://api.brevo.com';

  /** Brevo API key (mandatory with SMS_PROVIDER=brevo). */
  @IsString()
  BREVO_API_KEY = '';

  /** Beyond this delay (ms) a provider call fails as transient and is retried. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(120000)
  SMS_TIMEOUT_MS = 10000;

  /**
   * Shared secret the providers' webhooks (delivery reports, replies, bounces) must present
   * (`?jeton=` or header `X-Webhook-Token`). Empty: the webhooks answer 404.
   */
  @IsString()
  MESSAGING_WEBHOOK_TOKEN = '';

  /** Base of the short links in SMS (`<base>/l/<code>`); PUBLIC_URL when empty. */
  @IsString()
  SHORT_LINK_BASE_URL = '';

  /** Sends of one message (transient failures retried with exponential backoff), then `echec`. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(20)
  MESSAGING_MAX_ATTEMPTS = 8;

  /**
   * A message `en_cours` for longer than this is taken as interrupted (the worker died during the
   * call): it is then looked up at the provider, or marked `incertain`. Must exceed the longest
   * provider call (SMS_TIMEOUT_MS, the SMTP socket timeout of 30 s).
   */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  MESSAGING_IN_FLIGHT_TIMEOUT_MS = 60000;

  /** Times the reconciler queues a message again after losing its job; then `echec` / `incertain`. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(100)
  MESSAGING_MAX_REQUEUES = 5;

  /** Lock of a running send job and the stalled-job check of the mail and SMS queues (BullMQ). */
  @Transform(toInt)
  @IsInt()
  @Min(200)
  MESSAGING_LOCK_MS = 30000;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  MESSAGING_STALLED_CHECK_MS = 30000;

  /** No two identical messages to the same person on the same channel within this many hours. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  MESSAGING_RESEND_COOLDOWN_HOURS = 24;

  /**
   * Send jobs one worker process runs at once, per queue. They mostly wait (database, SMTP,
   * HTTP). Emails: the emails claimed (`en_cours`) and on their way at once, twice the default
   * SMTP pool (one on the wire, one queued behind it per connection); more would only queue for
   * a connection while already `en_cours`, and each of them becomes `incertain` if the worker is
   * killed (SMTP has no lookup). The mail queue runs twice this many jobs: the others load and
   * check their rows while these send, and claim as soon as a send ends (EmailChannel.slot).
   * SMS keep 20: Brevo answers a lookup, a crash leaves none uncertain.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  MESSAGING_EMAIL_CONCURRENCY = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  MESSAGING_SMS_CONCURRENCY = 20;

  /**
   * The providers' published rate limits, per second, shared by every worker replica (a token
   * bucket in Redis holding one second's worth). Brevo: transactional email 1,000 requests/s,
   * transactional SMS 150 requests/s (developers.brevo.com/docs/api-limits, general tier). 0: off.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  MESSAGING_EMAIL_RATE_PER_S = 1000;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  MESSAGING_SMS_RATE_PER_S = 150;

  /** Validity of the "manage my preferences" link of each message, in days. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  PREFERENCES_LINK_TTL_DAYS = 60;

  /** Checks across variables (see loadConfig in core). */
  problems(env: Env): string[] {
    const problems: string[] = [];
    if (this.SMS_PROVIDER === 'brevo' && !this.BREVO_API_KEY) {
      problems.push('BREVO_API_KEY : obligatoire avec SMS_PROVIDER=brevo');
    }
    if (env.NODE_ENV === 'production' && this.SMS_PROVIDER === 'dev') {
      problems.push("SMS_PROVIDER : « dev » n'envoie aucun SMS, interdit en production");
    } else if (this.SMS_PROVIDER === 'dev' && !/^(1|true|yes|on)$/i.test(env.DEV_SURFACES ?? '')) {
      problems.push(
        "SMS_PROVIDER : « dev » n'envoie aucun SMS ; choisissez « brevo », ou DEV_SURFACES=true en développement",
      );
    }
    return problems;
  }
}

/** The mail and SMS queues' worker settings (concurrency, lock, stalled check), from the environment. */
export function messagingWorkerSettings(
  env: Env = process.env,
  queue: 'mail' | 'sms' = 'mail',
): {
  concurrency: number;
  lockDuration: number;
  stalledInterval: number;
  maxStalledCount: number;
} {
  const config = loadConfig(MessagingConfig, env);
  // A job stalled twice fails ("stalled more than allowable limit"); its message is not lost:
  // the reconciler queues it again (see README, Reliability).
  return {
    // Emails: twice the claimed ones (see MESSAGING_EMAIL_CONCURRENCY).
    concurrency:
      queue === 'mail' ? 2 * config.MESSAGING_EMAIL_CONCURRENCY : config.MESSAGING_SMS_CONCURRENCY,
    lockDuration: config.MESSAGING_LOCK_MS,
    stalledInterval: config.MESSAGING_STALLED_CHECK_MS,
    maxStalledCount: 1,
  };
}

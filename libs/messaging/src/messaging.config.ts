import { ConfigError } from '@app/core';
import { flattenValidationErrors } from '@app/core/errors/validation-messages';
import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsString, IsUrl, Matches, Max, Min, validateSync } from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);

/**
 * The messaging module's environment variables, with their defaults, validated like AppConfig.
 * Read from process.env; the apps pass their overrides through MessagingModule.forRoot() (tests).
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

  /** No two identical messages to the same person on the same channel within this many hours. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  MESSAGING_RESEND_COOLDOWN_HOURS = 24;

  /** Validity of the "manage my preferences" link of each message, in days. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  PREFERENCES_LINK_TTL_DAYS = 60;
}

export function loadMessagingConfig(
  env: Record<string, string | undefined> = process.env,
): MessagingConfig {
  const values: Record<string, string> = {};
  for (const key of Object.keys(new MessagingConfig())) {
    const value = env[key];
    if (value !== undefined && value !== '') values[key] = value;
  }
  const config = plainToInstance(MessagingConfig, values, { exposeDefaultValues: true });
  const problems = flattenValidationErrors(validateSync(config)).map(
    (e) => `  - ${e.field} (valeur : ${JSON.stringify(values[e.field] ?? null)}) : ${e.message}`,
  );
  if (config.SMS_PROVIDER === 'brevo' && !config.BREVO_API_KEY) {
    problems.push('  - BREVO_API_KEY : obligatoire avec SMS_PROVIDER=brevo');
  }
  if (env.NODE_ENV === 'production' && config.SMS_PROVIDER === 'dev') {
    problems.push("  - SMS_PROVIDER : « dev » n'envoie aucun SMS, interdit en production");
  } else if (config.SMS_PROVIDER === 'dev' && !/^(1|true|yes|on)$/i.test(env.DEV_SURFACES ?? '')) {
    problems.push(
      "  - SMS_PROVIDER : « dev » n'envoie aucun SMS ; choisissez « brevo », ou DEV_SURFACES=true en développement",
    );
  }
  if (problems.length > 0) {
    throw new ConfigError(`Configuration invalide :\n${problems.join('\n')}`);
  }
  return config;
}

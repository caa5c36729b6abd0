import { ConfigError } from '@app/core';
import { flattenValidationErrors } from '@app/core/errors/validation-messages';
import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsUrl, Max, Min, validateSync } from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);

/**
 * The référentiels' environment variables, with their defaults, validated like AppConfig.
 * Read from process.env; tests pass overrides through ReferentielsModule.forRoot().
 */
export class ReferentielsConfig {
  /** `local`: the communes table (offline, commune centres); `ban`: the national address base API. */
  @IsIn(['local', 'ban'])
  GEOCODER: 'local' | 'ban' = 'local';

  /** Base URL of the BAN API (its `/search/` endpoint is called). */
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  BAN_API_URL = 'https://api-adresse.data.gouv.fr';

  /** Beyond this delay (ms) a BAN call fails as unavailable. */
  @Transform(toInt)
  @IsInt()
  @Min(50)
  @Max(60000)
  BAN_TIMEOUT_MS = 3000;
}

export function loadReferentielsConfig(
  env: Record<string, string | undefined> = process.env,
): ReferentielsConfig {
  const values: Record<string, string> = {};
  for (const key of Object.keys(new ReferentielsConfig())) {
    const value = env[key];
    if (value !== undefined && value !== '') values[key] = value;
  }
  const config = plainToInstance(ReferentielsConfig, values, { exposeDefaultValues: true });
  const problems = flattenValidationErrors(validateSync(config)).map(
    (e) => `  - ${e.field} (valeur : ${JSON.stringify(values[e.field] ?? null)}) : ${e.message}`,
  );
  if (problems.length > 0) {
    throw new ConfigError(`Configuration invalide :\n${problems.join('\n')}`);
  }
  return config;
}

import { toInt } from '@app/core';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsUrl, Max, Min } from 'class-validator';

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

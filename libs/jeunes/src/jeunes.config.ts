import { toInt } from '@app/core';
import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

/**
 * The jeunes module's environment variables, with their defaults, validated like AppConfig.
 * Read from process.env; tests pass overrides through the test context's `env`.
 */
export class JeunesConfig {
  /** Jeunes without any activity for this many months are anonymised by the retention job. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(120)
  JEUNES_RETENTION_MONTHS = 24;
}

import { ConfigError } from '@app/core';
import { flattenValidationErrors } from '@app/core/errors/validation-messages';
import { plainToInstance, Transform } from 'class-transformer';
import { IsInt, Max, Min, validateSync } from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);

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

export function loadJeunesConfig(
  env: Record<string, string | undefined> = process.env,
): JeunesConfig {
  const values: Record<string, string> = {};
  for (const key of Object.keys(new JeunesConfig())) {
    const value = env[key];
    if (value !== undefined && value !== '') values[key] = value;
  }
  const config = plainToInstance(JeunesConfig, values, { exposeDefaultValues: true });
  const problems = flattenValidationErrors(validateSync(config)).map(
    (e) => `  - ${e.field} (valeur : ${JSON.stringify(values[e.field] ?? null)}) : ${e.message}`,
  );
  if (problems.length > 0) {
    throw new ConfigError(`Configuration invalide :\n${problems.join('\n')}`);
  }
  return config;
}

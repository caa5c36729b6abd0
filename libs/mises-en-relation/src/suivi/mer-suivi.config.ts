import { ConfigError } from '@app/core';
import { flattenValidationErrors } from '@app/core/errors/validation-messages';
import { plainToInstance, Transform } from 'class-transformer';
import { IsInt, IsString, Max, Min, validateSync } from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);

/** The follow-up after a hire, from the environment, validated at boot like MerConfig. */
export class MerSuiviConfig {
  /** When the due checks are sent (cron, Paris time): once a day, in office hours. */
  @IsString() MER_SUIVI_CRON = '0 10 * * *';
  /** How long the answer page of a check accepts an answer, from its sending. */
  @Transform(toInt) @IsInt() @Min(1) @Max(90) MER_SUIVI_LIEN_JOURS = 30;
  /** A check the sweep could not send within this many days after its due date is not sent. */
  @Transform(toInt) @IsInt() @Min(1) @Max(90) MER_SUIVI_RATTRAPAGE_JOURS = 30;
}

export function loadMerSuiviConfig(
  env: Record<string, string | undefined> = process.env,
): MerSuiviConfig {
  const values: Record<string, string> = {};
  for (const key of Object.keys(new MerSuiviConfig())) {
    const value = env[key];
    if (value !== undefined && value !== '') values[key] = value;
  }
  const config = plainToInstance(MerSuiviConfig, values, { exposeDefaultValues: true });
  const problems = flattenValidationErrors(validateSync(config)).map(
    (e) => `  - ${e.field} (valeur : ${JSON.stringify(values[e.field] ?? null)}) : ${e.message}`,
  );
  if (problems.length > 0)
    throw new ConfigError(`Configuration invalide :\n${problems.join('\n')}`);
  return config;
}

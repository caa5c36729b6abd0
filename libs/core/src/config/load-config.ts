import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { flattenValidationErrors } from '../errors/validation-messages';

export class ConfigError extends Error {}

export type Env = Record<string, string | undefined>;

/** A config class: its fields are the variables (with their defaults); `problems()` checks across fields. */
export interface ConfigClass<T extends object> {
  new (): T;
}
interface CrossChecked {
  problems?(env: Env): string[];
}

/**
 * The one config loader: reads the class's variables from `env`, applies defaults, validates
 * (class-validator, then the class's own cross-field `problems()`), and throws one error naming
 * every wrong variable, so that a bad deployment stops at boot with a message an operator can act on.
 */
export function loadConfig<T extends object>(cls: ConfigClass<T>, env: Env = process.env): T {
  const values: Record<string, string> = {};
  for (const key of Object.keys(new cls())) {
    const value = env[key];
    if (value !== undefined && value !== '') values[key] = value;
  }
  const config = plainToInstance(cls, values, { exposeDefaultValues: true });
  const problems = flattenValidationErrors(validateSync(config)).map(
    (e) => `  - ${e.field} (valeur : ${JSON.stringify(values[e.field] ?? null)}) : ${e.message}`,
  );
  if (problems.length === 0) {
    problems.push(...((config as CrossChecked).problems?.(env) ?? []).map((p) => `  - ${p}`));
  }
  if (problems.length > 0) {
    throw new ConfigError(`Configuration invalide :\n${problems.join('\n')}\nVoir .env.example.`);
  }
  return config;
}

import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { flattenValidationErrors } from '../errors/validation-messages';
import { AppConfig } from './app-config';

export class ConfigError extends Error {}

export const DEV_JWT_SECRET = new AppConfig().JWT_SECRET;

/**
 * Reads and validates the configuration; throws one error naming every wrong variable,
 * so that a bad deployment stops at boot with a message an operator can act on.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const values: Record<string, string> = {};
  for (const key of known) {
    const value = env[key];
    if (value !== undefined && value !== '') values[key] = value;
  }
  const config = plainToInstance(AppConfig, values, { exposeDefaultValues: true });
  const errors = validateSync(config, { skipMissingProperties: false });
  const problems = flattenValidationErrors(errors).map(
    (e) => `  - ${e.field} (valeur : ${JSON.stringify(values[e.field] ?? null)}) : ${e.message}`,
  );
  if (config.isProduction && config.JWT_SECRET === DEV_JWT_SECRET) {
    problems.push('  - JWT_SECRET : le secret de développement est interdit en production');
  }
  if (config.isProduction && config.DEV_SURFACES) {
    problems.push('  - DEV_SURFACES : les surfaces de développement sont interdites en production');
  }
  if (problems.length > 0) {
    throw new ConfigError(`Configuration invalide :\n${problems.join('\n')}\nVoir .env.example.`);
  }
  return config;
}

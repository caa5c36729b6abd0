// The same rule as the API (one source: the entreprises lib's pure function).
import { normaliseSiret, siretProblem } from '../../../../libs/entreprises/src/validation/siret';

/** The API's messages (libs/entreprises/src/validation/is-siret.decorator.ts; a test compares them). */
export const SIRET_MESSAGES = {
  format: 'Le SIRET doit comporter 14 chiffres',
  checksum: "Le SIRET n'est pas valide (clé de contrôle incorrecte)",
} as const;

export function siretError(value: string): string | null {
  const problem = siretProblem(normaliseSiret(value));
  return problem ? SIRET_MESSAGES[problem] : null;
}

import { readFileSync } from 'node:fs';

/** The fields of @etalab/decoupage-administratif's communes.json that the référentiel uses. */
export interface DecoupageCommune {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  departement: string;
  region: string;
  codesPostaux?: string[];
  population?: number;
  /** For an arrondissement municipal: its commune (75056 for Paris). */
  commune?: string;
  /** For a commune déléguée or associée: the commune it belongs to now. */
  chefLieu?: string;
  /** Codes this commune had before (mergers). */
  anciensCodes?: string[];
}

export interface DecoupageDepartement {
  code: string;
  nom: string;
  region: string;
  /** INSEE code of the prefecture. */
  chefLieu: string;
}

/**
 * The package's index.js reads its files relative to the working directory (a bug), so the JSON
 * files are read directly, resolved from the package.
 */
function readData<T>(file: string): T {
  const path = require.resolve(`@etalab/decoupage-administratif/data/${file}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export const readDecoupageCommunes = () => readData<DecoupageCommune[]>('communes');
export const readDecoupageDepartements = () => readData<DecoupageDepartement[]>('departements');

/** The department of an INSEE code: 3 characters overseas (97x, 98x), 2 elsewhere (2A, 2B…). */
export function departementOf(codeInsee: string): string {
  return /^9[78]/.test(codeInsee) ? codeInsee.slice(0, 3) : codeInsee.slice(0, 2);
}

/** Paris, Lyon, Marseille's arrondissements count as communes here: postal codes point to them. */
export const isCurrentCommune = (c: DecoupageCommune) =>
  c.type === 'commune-actuelle' || c.type === 'arrondissement-municipal';

/** Old INSEE code → the current commune it merged into (communes déléguées, associées, anciens codes). */
export function successorCodes(communes: DecoupageCommune[]): Map<string, string> {
  const current = new Set(communes.filter(isCurrentCommune).map((c) => c.code));
  const successors = new Map<string, string>();
  for (const c of communes) {
    if (c.chefLieu && !isCurrentCommune(c) && !current.has(c.code))
      successors.set(c.code, c.chefLieu);
    if (!current.has(c.code)) continue;
    for (const old of c.anciensCodes ?? []) if (!current.has(old)) successors.set(old, c.code);
  }
  return successors;
}

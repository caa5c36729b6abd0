import type { SourceCoordonnees } from './commune.entity';

/** What the référentiel tells of a commune. */
export interface Commune {
  codeInsee: string;
  nom: string;
  codesPostaux: string[];
  departement: string;
  region: string | null;
  /** WGS 84; null when neither the default table nor La Poste's base has them. */
  lat: number | null;
  lon: number | null;
  /** Where the coordinates come from: 'laposte', or a GeoNames match (see default-communes.ts). */
  sourceCoordonnees: SourceCoordonnees | null;
  population?: number;
}

export interface FindCommunesQuery {
  /** Five digits: exact; two to four: prefix. */
  codePostal?: string;
  /** Name or start of a name, accents and case ignored. */
  nom?: string;
  /** Department code (`01`, `2A`, `974`) to tell homonyms apart. */
  departement?: string;
  limit?: number;
}

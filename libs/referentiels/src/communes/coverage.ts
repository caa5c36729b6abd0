import { distanceKm } from './haversine';
import type { LaPosteCommune } from './laposte-csv';

/** Paris, Lyon and Marseille's arrondissements: their population is counted in their commune's. */
export const isArrondissementMunicipal = (code: string) =>
  /^(751(0[1-9]|1\d|20)|6938[1-9]|132(0[1-9]|1[0-6]))$/.test(code);

export interface CoverageRow {
  codeInsee: string;
  lat: number | null;
  lon: number | null;
  population: number | null;
}

export interface Coverage {
  communes: number;
  communesAvecCoordonnees: number;
  partCommunes: number;
  partPopulation: number;
  /** Communes with coordinates on both sides, and how far apart the two points are. */
  comparees: number;
  distanceKm: { mediane: number; p90: number; p99: number; max: number };
  partAMoinsDe5Km: number;
  partAMoinsDe10Km: number;
}

const quantile = (sorted: number[], q: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] : 0;
const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

/** How complete a communes table is, and how close its coordinates are to La Poste's. */
export function measureCoverage(rows: CoverageRow[], laPoste: LaPosteCommune[]): Coverage {
  const communes = rows.filter((r) => !isArrondissementMunicipal(r.codeInsee));
  const located = communes.filter((r) => r.lat !== null && r.lon !== null);
  const population = (list: CoverageRow[]) => list.reduce((s, r) => s + (r.population ?? 0), 0);
  const reference = new Map(laPoste.filter((c) => c.lat !== null).map((c) => [c.codeInsee, c]));
  const distances = located
    .filter((r) => reference.has(r.codeInsee))
    .map((r) => {
      const ref = reference.get(r.codeInsee)!;
      return distanceKm({ lat: r.lat!, lon: r.lon! }, { lat: ref.lat!, lon: ref.lon! });
    })
    .sort((a, b) => a - b);
  const share = (max: number) =>
    round(distances.filter((d) => d < max).length / (distances.length || 1));
  return {
    communes: communes.length,
    communesAvecCoordonnees: located.length,
    partCommunes: round(located.length / (communes.length || 1)),
    partPopulation: round(population(located) / (population(communes) || 1)),
    comparees: distances.length,
    distanceKm: {
      mediane: round(quantile(distances, 0.5), 2),
      p90: round(quantile(distances, 0.9), 2),
      p99: round(quantile(distances, 0.99), 2),
      max: round(distances.at(-1) ?? 0, 2),
    },
    partAMoinsDe5Km: share(5),
    partAMoinsDe10Km: share(10),
  };
}

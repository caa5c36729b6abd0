/**
 * `npm run referentiels:communes-coverage -- [fichier]`: how complete the offline default table
 * is (built from the packages, no database needed) and how close its coordinates are to
 * La Poste's (default file ../shared/data/communes/laposte_hexasmal.csv).
 */
import { readFileSync } from 'node:fs';
import { measureCoverage } from '../communes/coverage';
import { buildDefaultCommunes } from '../communes/default-communes';
import { decodeLaPoste, parseLaPoste } from '../communes/laposte-csv';
import { fail, print } from './cli-data-source';

try {
  const file = process.argv[2] ?? '../shared/data/communes/laposte_hexasmal.csv';
  const { rows, stats } = buildDefaultCommunes();
  const laPoste = parseLaPoste(decodeLaPoste(readFileSync(file))).communes;
  const coverage = measureCoverage(rows, laPoste);
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  print(`Table par défaut : ${coverage.communes} communes (hors arrondissements municipaux)`);
  print(`  avec coordonnées : ${coverage.communesAvecCoordonnees} (${pct(coverage.partCommunes)})`);
  print(`  part de la population couverte : ${pct(coverage.partPopulation)}`);
  print(`  par source : ${JSON.stringify(stats.parSource)}`);
  print(`Comparées à La Poste : ${coverage.comparees} communes`);
  print(
    `  distance médiane ${coverage.distanceKm.mediane} km, p90 ${coverage.distanceKm.p90} km, p99 ${coverage.distanceKm.p99} km, max ${coverage.distanceKm.max} km`,
  );
  print(
    `  à moins de 5 km : ${pct(coverage.partAMoinsDe5Km)} ; à moins de 10 km : ${pct(coverage.partAMoinsDe10Km)}`,
  );
} catch (error) {
  fail(error);
}

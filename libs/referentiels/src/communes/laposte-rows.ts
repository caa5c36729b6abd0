import {
  DecoupageCommune,
  DecoupageDepartement,
  departementOf,
  isCurrentCommune,
  successorCodes,
} from './decoupage';
import type { CommuneRow } from './default-communes';
import { LaPosteCommune, titleCase } from './laposte-csv';

/**
 * Turns La Poste's communes into rows of the table. La Poste's base lags behind mergers: a code
 * that is now a commune déléguée (or an old code) gives its postal codes to the commune it merged
 * into rather than coming back as a commune of its own; the coordinates of a commune are only
 * ever its own row's. A code unknown to the packages (a commune newer than them) is kept as is.
 */
export function laPosteRows(
  laPoste: LaPosteCommune[],
  decoupage: DecoupageCommune[],
  departements: DecoupageDepartement[],
): { rows: CommuneRow[]; rattachees: number } {
  const current = new Map(decoupage.filter(isCurrentCommune).map((c) => [c.code, c]));
  const successors = successorCodes(decoupage);
  const regions = new Map(departements.map((d) => [d.code, d.region]));
  const rows = new Map<string, CommuneRow>();
  let rattachees = 0;
  for (const c of laPoste) {
    const target = current.has(c.codeInsee)
      ? c.codeInsee
      : (successors.get(c.codeInsee) ?? c.codeInsee);
    if (target !== c.codeInsee) rattachees++;
    const known = current.get(target);
    const departement = known?.departement ?? departementOf(target);
    const row = rows.get(target) ?? {
      codeInsee: target,
      nom: known?.nom ?? titleCase(c.nom),
      codesPostaux: [],
      departement,
      region: known?.region ?? regions.get(departement) ?? null,
      lat: null,
      lon: null,
      sourceCoordonnees: null,
      population: known?.population ?? null,
    };
    rows.set(target, row);
    row.codesPostaux = [...new Set([...row.codesPostaux, ...c.codesPostaux])].sort();
    if (target === c.codeInsee && c.lat !== null) {
      Object.assign(row, { lat: c.lat, lon: c.lon, sourceCoordonnees: 'laposte' });
    }
  }
  return { rows: [...rows.values()], rattachees };
}

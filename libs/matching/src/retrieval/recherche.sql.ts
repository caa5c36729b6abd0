import { ClassementParams, scoreSql } from '../scoring/score.sql';

/**
 * The retrieval query: one index-only range scan of IDX_matching_candidats_recherche per wanted
 * fiche (exact and same-domaine) and structure of the scope, a latitude band as index condition
 * and the longitude checked on the index tuple (the bounding box), then the exact distance
 * against the smaller of the jeune's radius and the offer's maximum. Every other hard filter
 * reads INCLUDE columns: no heap access (but for pages changed since the last vacuum).
 */
/** The search's inputs, in the order of `rechercheValues`, with their SQL types. */
const ENTREES = [
  ['fiches', 'bpchar[]'],
  ['lat_min', 'float8'],
  ['lat_max', 'float8'],
  ['lon_min', 'float8'],
  ['lon_max', 'float8'],
  ['lat', 'float8'],
  ['lon', 'float8'],
  ['structures', 'uuid[]'],
  ['date_debut', 'date'],
  ['sans_permis', 'boolean'],
  ['majeur_ne_avant', 'date'],
  ['temps_partiel', 'boolean'],
  ['max_par_jeune', 'int'],
  ['ouverts', 'uuid[]'],
  ['exclus', 'uuid[]'],
  ['distance_max', 'float8'],
  ['code_rome', 'bpchar'],
  ['niveau_requis', 'int'],
  ['experience', 'text'],
  ['aujourdhui', 'date'],
  ['now_ms', 'float8'],
  ['attente_jours', 'float8'],
  ['poids', 'float8[]'],
  ['limite', 'int'],
] as const;

/**
 * The query, written once: `v(i)` is how it reads input i (a parameter or a lot's column). The
 * eligible rows, scored (score.sql.ts), the best row per jeune, then the offer's open proposals
 * (to revalidate) and its `limite` best candidates, in analyser's order (score, longest wait, id).
 */
function recherche(v: (i: number) => string): string {
  const score = scoreSql({
    codeRome: v(16),
    niveauRequis: v(17),
    experience: v(18),
    today: v(19),
    nowMs: v(20),
    attenteJours: v(21),
    poids: v(22),
    km: 'd.km',
    distanceMax: v(15),
  });
  return `
SELECT b.* FROM (
  SELECT DISTINCT ON (c.jeune_id)
       c.jeune_id AS "jeuneId", c.fiche, c.rang, c.structure_id AS "structureId",
       d.km AS "distanceKm", c.rayon_km AS "rayonKm", c.niveau_diplome AS "niveauDiplome",
       c.experience_mois AS "experienceMois", to_char(c.disponible_le, 'YYYY-MM-DD') AS "disponibleLe",
       c.programme,
       -- Epoch milliseconds: a number is much cheaper for the driver than a timestamp to parse.
       date_part('epoch', c.attente_depuis) * 1000 AS "attenteDepuis", c.propositions_ouvertes AS "propositionsOuvertes",
       ${score} AS score
  FROM matching_candidats c
  CROSS JOIN LATERAL (
    SELECT 12742.0176 * asin(sqrt(
      sin(radians(c.lat - ${v(5)}) / 2) ^ 2 +
      cos(radians(${v(5)})) * cos(radians(c.lat)) * sin(radians(c.lon - ${v(6)}) / 2) ^ 2)) AS km
  ) d
  WHERE c.actif
    AND c.fiche = ANY(${v(0)})
    AND c.lat BETWEEN ${v(1)} AND ${v(2)}
    AND c.lon BETWEEN ${v(3)} AND ${v(4)}
    AND c.structure_id = ANY(${v(7)})
    AND (c.disponible_le IS NULL OR c.disponible_le <= ${v(8)})
    AND (c.indisponibilites IS NULL OR NOT c.indisponibilites @> ${v(8)})
    AND (${v(9)} OR c.permis_b)
    AND (${v(10)} IS NULL OR c.date_naissance <= ${v(10)})
    AND (${v(11)} OR NOT c.temps_partiel_seul)
    AND (c.propositions_ouvertes < ${v(12)} OR c.jeune_id = ANY(${v(13)}))
    AND NOT (c.jeune_id = ANY(${v(14)}))
    AND d.km <= least(c.rayon_km, ${v(15)})
  ORDER BY c.jeune_id, score DESC, c.fiche
) b
ORDER BY b."jeuneId" = ANY(${v(13)}) DESC, b.score DESC, b."attenteDepuis", b."jeuneId"
LIMIT ${v(23)} + cardinality(${v(13)})`;
}

export const RECHERCHE_SQL = recherche((i) => `$${i + 1}::${ENTREES[i][1]}`);

/**
 * The searches of many offers in one statement (the sweep's lots): $1 is a JSON array of
 * `rechercheValues` arrays, one per offer; each row says its offer's index in it (`lot`). The
 * same index scans per offer as RECHERCHE_SQL (a nested loop over the offers), one round trip.
 * MATERIALIZED: decoded once per offer (inlined, the planner would rebuild the arrays per row).
 */
export const RECHERCHE_LOT_SQL = `
WITH q AS MATERIALIZED (
  SELECT (o.ord - 1)::int AS lot, ${ENTREES.map(([nom, type], i) =>
    type.endsWith('[]')
      ? `ARRAY(SELECT jsonb_array_elements_text(o.v->${i}))::${type} AS ${nom}`
      : `(o.v->>${i})::${type} AS ${nom}`,
  ).join(', ')}
  FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS o(v, ord)
)
SELECT q.lot, r.* FROM q
CROSS JOIN LATERAL (${recherche((i) => `q.${ENTREES[i][0]}`)}
) r`;

const KM_PER_DEGREE = 111.195;

export interface RechercheParams {
  fiches: string[];
  lat: number;
  lon: number;
  distanceMaxKm: number;
  structures: string[];
  dateDebut: string;
  permisRequis: boolean;
  /** Born on or before this day (18 on the start date), or null when minors are welcome. */
  majeurNeAvant: string | null;
  tempsPartiel: boolean;
  maxParJeune: number;
  /** Jeunes proposed and still open on this offer: kept whatever their cap, to revalidate them. */
  ouverts: string[];
  /** Jeunes already proposed on this offer in any other status: never again. */
  exclus: string[];
  /** What the score needs, and how many candidates to keep. */
  classement: ClassementParams;
}

export function rechercheValues(p: RechercheParams): unknown[] {
  const dLat = p.distanceMaxKm / KM_PER_DEGREE;
  // The widest longitude span of the band is at its latitude farthest from the equator.
  const maxAbsLat = Math.min(89, Math.abs(p.lat) + dLat);
  const dLon = p.distanceMaxKm / (KM_PER_DEGREE * Math.cos((maxAbsLat * Math.PI) / 180));
  return [
    p.fiches,
    p.lat - dLat,
    p.lat + dLat,
    p.lon - dLon,
    p.lon + dLon,
    p.lat,
    p.lon,
    p.structures,
    p.dateDebut,
    !p.permisRequis,
    p.majeurNeAvant,
    p.tempsPartiel,
    p.maxParJeune,
    p.ouverts,
    p.exclus,
    p.distanceMaxKm,
    p.classement.codeRome,
    p.classement.niveauRequis,
    p.classement.experience,
    p.classement.today,
    p.classement.nowMs,
    p.classement.attenteJours,
    p.classement.poids,
    p.classement.limite,
  ];
}

/** The same day `years` earlier (29 February → 28 February). */
export function anneesAvant(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y - years, m - 1, d));
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

/**
 * The retrieval query: one index-only range scan of IDX_matching_candidats_recherche per wanted
 * fiche (exact and same-domaine) and structure of the scope, a latitude band as index condition
 * and the longitude checked on the index tuple (the bounding box), then the exact distance
 * against the smaller of the jeune's radius and the offer's maximum. Every other hard filter
 * reads INCLUDE columns: no heap access (but for pages changed since the last vacuum).
 */
export const RECHERCHE_SQL = `
SELECT c.jeune_id AS "jeuneId", c.fiche, c.rang, c.structure_id AS "structureId",
       d.km AS "distanceKm", c.rayon_km AS "rayonKm", c.niveau_diplome AS "niveauDiplome",
       c.experience_mois AS "experienceMois", to_char(c.disponible_le, 'YYYY-MM-DD') AS "disponibleLe",
       c.programme,
       -- Epoch milliseconds: a number is much cheaper for the driver than a timestamp to parse.
       date_part('epoch', c.attente_depuis) * 1000 AS "attenteDepuis", c.propositions_ouvertes AS "propositionsOuvertes"
FROM matching_candidats c
CROSS JOIN LATERAL (
  SELECT 12742.0176 * asin(sqrt(
    sin(radians(c.lat - $6) / 2) ^ 2 +
    cos(radians($6)) * cos(radians(c.lat)) * sin(radians(c.lon - $7) / 2) ^ 2)) AS km
) d
WHERE c.actif
  AND c.fiche = ANY($1::bpchar[])
  AND c.lat BETWEEN $2 AND $3
  AND c.lon BETWEEN $4 AND $5
  AND c.structure_id = ANY($8::uuid[])
  AND (c.disponible_le IS NULL OR c.disponible_le <= $9::date)
  AND (c.indisponibilites IS NULL OR NOT c.indisponibilites @> $9::date)
  AND ($10::boolean OR c.permis_b)
  AND ($11::date IS NULL OR c.date_naissance <= $11::date)
  AND ($12::boolean OR NOT c.temps_partiel_seul)
  AND (c.propositions_ouvertes < $13 OR c.jeune_id = ANY($14::uuid[]))
  AND NOT (c.jeune_id = ANY($15::uuid[]))
  AND d.km <= least(c.rayon_km, $16)`;

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
  ];
}

/** The same day `years` earlier (29 February → 28 February). */
export function anneesAvant(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y - years, m - 1, d));
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

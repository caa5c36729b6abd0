import { CandidatRow, OffreCriteres, score, ScoringContext } from '@app/matching';
import { distanceKm } from '@app/referentiels';
import { DataSource } from 'typeorm';

/**
 * The naive way, as a baseline: load the structure's jeunes (every wish row), apply the hard
 * filters and the score in Node, keep the best. Same filters and score as the SQL path, so the
 * two must find the same eligible jeunes (`eligibles`).
 */
export async function naive(
  ds: DataSource,
  offre: OffreCriteres,
  structures: string[],
  fiches: string[],
  maxParJeune: number,
  majeurNeAvant: string | null,
  ctx: ScoringContext,
  limite: number,
): Promise<{ meilleurs: { jeuneId: string; score: number }[]; eligibles: Set<string> }> {
  const rows: (CandidatRow & {
    lat: number;
    lon: number;
    permisB: boolean;
    dateNaissance: string;
    indisponibilites: string | null;
    tempsPartielSeul: boolean;
  })[] = await ds.query(
    `SELECT jeune_id AS "jeuneId", fiche, rang, structure_id AS "structureId", lat, lon, rayon_km AS "rayonKm",
       permis_b AS "permisB", to_char(date_naissance, 'YYYY-MM-DD') AS "dateNaissance",
       to_char(disponible_le, 'YYYY-MM-DD') AS "disponibleLe", indisponibilites::text AS indisponibilites,
       niveau_diplome AS "niveauDiplome", experience_mois AS "experienceMois", programme,
       temps_partiel_seul AS "tempsPartielSeul", propositions_ouvertes AS "propositionsOuvertes",
       date_part('epoch', attente_depuis) * 1000 AS "attenteDepuis"
     FROM matching_candidats WHERE actif AND structure_id = ANY($1::uuid[])`,
    [structures],
  );
  const wanted = new Set(fiches);
  const best = new Map<string, number>();
  for (const r of rows) {
    if (!wanted.has(r.fiche)) continue;
    if (r.disponibleLe && r.disponibleLe > offre.dateDebut) continue;
    if (r.indisponibilites && enPeriode(r.indisponibilites, offre.dateDebut)) continue;
    if (offre.permisB && !r.permisB) continue;
    if (majeurNeAvant && r.dateNaissance > majeurNeAvant) continue;
    if (!offre.tempsPartiel && r.tempsPartielSeul) continue;
    if (r.propositionsOuvertes >= maxParJeune) continue;
    const d = distanceKm({ lat: offre.lat!, lon: offre.lon! }, r);
    if (d > Math.min(r.rayonKm, offre.distanceMaxKm)) continue;
    r.distanceKm = d;
    r.attenteDepuis = new Date(Number(r.attenteDepuis));
    const s = score(offre, r, ctx);
    if (s > (best.get(r.jeuneId) ?? -1)) best.set(r.jeuneId, s);
  }
  const meilleurs = [...best]
    .map(([jeuneId, s]) => ({ jeuneId, score: s }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limite);
  return { meilleurs, eligibles: new Set(best.keys()) };
}

/** `{[2026-12-11,2027-01-10)}` contains the day? */
function enPeriode(multirange: string, day: string): boolean {
  for (const m of multirange.matchAll(/([[(])(\d{4}-\d{2}-\d{2}),(\d{4}-\d{2}-\d{2})([\])])/g)) {
    const lowOk = m[1] === '[' ? day >= m[2] : day > m[2];
    const highOk = m[4] === ']' ? day <= m[3] : day < m[3];
    if (lowOk && highOk) return true;
  }
  return false;
}

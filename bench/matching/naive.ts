import type { CandidatRow, RechercheParams } from '@app/matching';
import { distanceKm } from '@app/referentiels';
import { DataSource } from 'typeorm';

/**
 * The naive retrieval, as a baseline: load every wish row of the scope's jeunes (the structure
 * and the neighbours its agreements open), apply the hard filters in Node. It takes the place of
 * the search inside the same publication (MatchingService.apparier: the same offer reads,
 * scoring, assignment and write), so the ratio compares two whole publications that differ only
 * by how candidates are found; it must find the same rows as the search.
 */
export async function naiveRecherche(ds: DataSource, p: RechercheParams): Promise<CandidatRow[]> {
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
    [p.structures],
  );
  const wanted = new Set(p.fiches);
  const ouverts = new Set(p.ouverts);
  const exclus = new Set(p.exclus);
  const out: CandidatRow[] = [];
  for (const r of rows) {
    if (!wanted.has(r.fiche)) continue;
    if (r.disponibleLe && r.disponibleLe > p.dateDebut) continue;
    if (r.indisponibilites && enPeriode(r.indisponibilites, p.dateDebut)) continue;
    if (p.permisRequis && !r.permisB) continue;
    if (p.majeurNeAvant && r.dateNaissance > p.majeurNeAvant) continue;
    if (!p.tempsPartiel && r.tempsPartielSeul) continue;
    if (r.propositionsOuvertes >= p.maxParJeune && !ouverts.has(r.jeuneId)) continue;
    if (exclus.has(r.jeuneId)) continue;
    const d = distanceKm({ lat: p.lat, lon: p.lon }, r);
    if (d > Math.min(r.rayonKm, p.distanceMaxKm)) continue;
    r.distanceKm = d;
    r.attenteDepuis = new Date(Number(r.attenteDepuis));
    out.push(r);
  }
  return out;
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

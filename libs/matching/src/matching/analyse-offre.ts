import { anneesAvant, RechercheParams } from '../retrieval/recherche.sql';
import { classementParams } from '../scoring/score.sql';
import { score, ScoringContext } from '../scoring/scoring';
import type { CandidatRow, OffreCriteres } from '../scoring/score-detail';

/** An offer's existing proposals, by status group. */
export interface Existantes {
  actives: number;
  /** Jeunes proposed and not yet screened: revalidated against the offer's filters. */
  ouverts: string[];
  /** Every other jeune ever proposed on the offer. */
  exclus: string[];
}

export interface Candidat {
  row: CandidatRow;
  score: number;
}

export interface Analyse {
  offre: OffreCriteres;
  /** Free slots once the proposals that no longer fit are closed. */
  libre: number;
  couverte: boolean;
  fermer: string[];
  /** The best new candidates, one row (the best fiche) per jeune. */
  candidats: Candidat[];
}

export function rechercheParams(
  offre: OffreCriteres,
  structures: string[],
  fiches: string[],
  existantes: Existantes,
  maxParJeune: number,
  ctx: ScoringContext,
  limite: number,
): RechercheParams {
  const adultOnly = !offre.ouverteMineurs || offre.travailNuit;
  return {
    fiches,
    lat: offre.lat!,
    lon: offre.lon!,
    distanceMaxKm: offre.distanceMaxKm,
    structures,
    dateDebut: offre.dateDebut,
    permisRequis: offre.permisB,
    majeurNeAvant: adultOnly ? anneesAvant(offre.dateDebut, 18) : null,
    tempsPartiel: offre.tempsPartiel,
    maxParJeune,
    ouverts: existantes.ouverts,
    exclus: existantes.exclus,
    classement: classementParams(offre, ctx, limite),
  };
}

/** From the retrieved rows: what to close, the free slots, the top `limite` new candidates. */
export function analyser(
  offre: OffreCriteres,
  rows: CandidatRow[],
  existantes: Existantes,
  ctx: ScoringContext,
  limite: number,
): Analyse {
  const ouverts = new Set(existantes.ouverts);
  const retrouves = new Set<string>();
  const best = new Map<string, Candidat>();
  for (const row of rows) {
    if (ouverts.has(row.jeuneId)) {
      retrouves.add(row.jeuneId);
      continue;
    }
    const s = score(offre, row, ctx);
    const current = best.get(row.jeuneId);
    if (!current || s > current.score) best.set(row.jeuneId, { row, score: s });
  }
  const fermer = existantes.ouverts.filter((j) => !retrouves.has(j));
  const actives = existantes.actives - fermer.length;
  const candidats = [...best.values()]
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.row.attenteDepuis.getTime() - b.row.attenteDepuis.getTime() ||
        a.row.jeuneId.localeCompare(b.row.jeuneId),
    )
    .slice(0, limite);
  return {
    offre,
    libre: Math.max(0, offre.candidatsSouhaites - actives),
    couverte: actives > 0,
    fermer,
    candidats,
  };
}

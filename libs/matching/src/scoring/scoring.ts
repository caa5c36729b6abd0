import { CRITERES, Critere, Poids } from './poids';
import {
  CandidatRow,
  niveauNumerique,
  NoteCritere,
  OffreCriteres,
  ScoreDetail,
} from './score-detail';

const DAY = 86_400_000;
/** A later wish counts a little less than the first. */
const RANG_NOTE = [1, 0.85, 0.7, 0.6, 0.5];
/** A fiche of the same domaine professionnel is a weaker match than the offer's own. */
const DOMAINE_NOTE = 0.5;
const PROGRAMME_NOTE: Record<string, number> = { CEJ: 1, PACEA: 0.5, PPAE: 0.3 };

export interface ScoringContext {
  poids: Poids;
  /** Today in Paris (YYYY-MM-DD). */
  today: string;
  now: Date;
  attenteJours: number;
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Days from one YYYY-MM-DD to another. */
export const joursEntre = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

function notes(offre: OffreCriteres, c: CandidatRow, ctx: ScoringContext) {
  const exacte = c.fiche === offre.codeRome;
  const rang = RANG_NOTE[Math.min(c.rang, RANG_NOTE.length) - 1] ?? 0.5;
  const limiteKm = Math.max(1, Math.min(c.rayonKm, offre.distanceMaxKm));
  const requis = niveauNumerique(offre.niveauDiplome);
  const exp = c.experienceMois;
  const attente = Math.max(0, (ctx.now.getTime() - c.attenteDepuis.getTime()) / DAY);
  const note: Record<Critere, number> = {
    fiche: rang * (exacte ? 1 : DOMAINE_NOTE),
    // The hard filter already said the place is reachable: nearer is better, never zero.
    distance: 1 - 0.75 * Math.min(1, c.distanceKm / limiteKm),
    diplome:
      requis === null || c.niveauDiplome >= requis ? 1 : c.niveauDiplome >= requis - 1 ? 0.5 : 0,
    experience:
      offre.experience === 'D'
        ? 1
        : offre.experience === 'S'
          ? exp >= 6
            ? 1
            : exp > 0
              ? 0.7
              : 0.4
          : exp >= 12
            ? 1
            : exp >= 6
              ? 0.7
              : exp > 0
                ? 0.4
                : 0,
    disponibilite: !c.disponibleLe || c.disponibleLe <= ctx.today ? 1 : 0.7,
    programme: PROGRAMME_NOTE[c.programme] ?? 0,
    attente: Math.min(1, attente / ctx.attenteJours),
  };
  return { note, exacte, limiteKm, attente };
}

/** The score (0..100) of one candidate row for an offer; cheap, for every retrieved row. */
export function score(offre: OffreCriteres, c: CandidatRow, ctx: ScoringContext): number {
  const { note } = notes(offre, c, ctx);
  let points = 0;
  let total = 0;
  for (const k of CRITERES) {
    points += note[k] * ctx.poids[k];
    total += ctx.poids[k];
  }
  return total === 0 ? 0 : round((100 * points) / total);
}

/** The same score with its breakdown, for the proposals actually made. */
export function detailler(offre: OffreCriteres, c: CandidatRow, ctx: ScoringContext): ScoreDetail {
  const { note, exacte, limiteKm, attente } = notes(offre, c, ctx);
  const criteres = {} as Record<Critere, NoteCritere>;
  for (const k of CRITERES) {
    criteres[k] = {
      note: round(note[k], 3),
      poids: ctx.poids[k],
      points: round(note[k] * ctx.poids[k]),
    };
  }
  return {
    total: score(offre, c, ctx),
    criteres,
    correspondance: exacte ? 'exacte' : 'domaine',
    fiche: c.fiche,
    rang: c.rang,
    distanceKm: round(c.distanceKm, 1),
    rayonKm: c.rayonKm,
    limiteKm,
    disponibleLe: c.disponibleLe,
    programme: c.programme,
    niveauDiplome: c.niveauDiplome,
    experienceMois: c.experienceMois,
    attenteJours: Math.floor(attente),
  };
}

/**
 * The points (out of 100) a candidate owes to their waiting time: what a second proposal in the
 * same round would not get, the first one having reset the wait.
 */
export function pointsAttente(c: CandidatRow, ctx: ScoringContext): number {
  const total = CRITERES.reduce((s, k) => s + ctx.poids[k], 0);
  const jours = Math.max(0, (ctx.now.getTime() - c.attenteDepuis.getTime()) / DAY);
  return total === 0
    ? 0
    : round((100 * Math.min(1, jours / ctx.attenteJours) * ctx.poids.attente) / total);
}

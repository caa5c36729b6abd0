import { CRITERES } from './poids';
import { niveauNumerique, OffreCriteres } from './score-detail';
import { ScoringContext } from './scoring';

/**
 * scoring.ts's score, in SQL, so that retrieval returns only each offer's best candidates
 * instead of every eligible row (hundreds per offer at national scale, most of the sweep's time
 * when Node parsed and scored them all). The same notes, weights, order of operations and
 * rounding, so the same floating-point result: scoring.ts stays the reference (it writes each
 * proposal's breakdown), and test/matching-recherche.e2e-spec.ts checks that both give the same
 * score on every row of its world. A change of the formula changes both files.
 */
export interface ClassementParams {
  codeRome: string;
  niveauRequis: number | null;
  experience: string;
  today: string;
  nowMs: number;
  attenteJours: number;
  /** In the order of CRITERES. */
  poids: number[];
  /** Candidates kept per offer (besides the open proposals to revalidate). */
  limite: number;
}

export function classementParams(
  offre: OffreCriteres,
  ctx: ScoringContext,
  limite: number,
): ClassementParams {
  return {
    codeRome: offre.codeRome,
    niveauRequis: niveauNumerique(offre.niveauDiplome),
    experience: offre.experience,
    today: ctx.today,
    nowMs: ctx.now.getTime(),
    attenteJours: ctx.attenteJours,
    poids: CRITERES.map((k) => ctx.poids[k]),
    limite,
  };
}

/** How the query reads each input of the score (a parameter, a lot's column, the distance). */
export interface ScoreEntrees {
  codeRome: string;
  niveauRequis: string;
  experience: string;
  today: string;
  nowMs: string;
  attenteJours: string;
  poids: string;
  km: string;
  distanceMax: string;
}

/** One note per criterion (0..1), in the order of CRITERES, of the row `c`. */
function notes(v: ScoreEntrees): string[] {
  const exp = 'c.experience_mois';
  return [
    `coalesce(('{1,0.85,0.7,0.6,0.5}'::float8[])[least(c.rang, 5)], 0.5::float8)
      * (CASE WHEN c.fiche = ${v.codeRome} THEN 1 ELSE 0.5 END)::float8`,
    `1::float8 - 0.75::float8 * least(1::float8,
      ${v.km} / greatest(1, least(c.rayon_km, ${v.distanceMax})))`,
    `(CASE WHEN ${v.niveauRequis} IS NULL OR c.niveau_diplome >= ${v.niveauRequis} THEN 1
      WHEN c.niveau_diplome >= ${v.niveauRequis} - 1 THEN 0.5 ELSE 0 END)::float8`,
    `(CASE ${v.experience} WHEN 'D' THEN 1
      WHEN 'S' THEN CASE WHEN ${exp} >= 6 THEN 1 WHEN ${exp} > 0 THEN 0.7 ELSE 0.4 END
      ELSE CASE WHEN ${exp} >= 12 THEN 1 WHEN ${exp} >= 6 THEN 0.7 WHEN ${exp} > 0 THEN 0.4 ELSE 0 END
      END)::float8`,
    `(CASE WHEN c.disponible_le IS NULL OR c.disponible_le <= ${v.today} THEN 1 ELSE 0.7 END)::float8`,
    `(CASE c.programme WHEN 'CEJ' THEN 1 WHEN 'PACEA' THEN 0.5 WHEN 'PPAE' THEN 0.3 ELSE 0 END)::float8`,
    // The wait in days from epoch milliseconds cut to the millisecond, as a JS Date holds it.
    `least(1::float8, greatest(0::float8, (${v.nowMs}
      - trunc(date_part('epoch', c.attente_depuis) * 1000)) / 86400000) / ${v.attenteJours})`,
  ];
}

/** The score (0..100, two decimals) of row `c`: Σ note × weight / Σ weights, left to right. */
export function scoreSql(v: ScoreEntrees): string {
  const points = notes(v)
    .map((n, i) => `(${n}) * (${v.poids})[${i + 1}]`)
    .join('\n    + ');
  const total = CRITERES.map((_, i) => `(${v.poids})[${i + 1}]`).join(' + ');
  // Math.round(x × 100) / 100: half up (SQL round() on a float8 would round half to even).
  // An expression, not a subquery: a scalar subquery is a SubPlan, started again for every row.
  return `(CASE WHEN ${total} = 0 THEN 0::float8
      ELSE floor(100 * (${points}) / (${total}) * 100 + 0.5) / 100 END)`;
}

import {
  analyser,
  Arete,
  assigner,
  CandidatRow,
  LOT_BALAYAGE,
  MatchingConfig,
  OffreCriteres,
  pointsAttente,
  ScoringContext,
} from '@app/matching';

const EMPTY = { actives: 0, ouverts: [], exclus: [] };

export interface Methodes {
  naive: Arete[];
  sequentiel: Arete[];
  joint: Arete[];
  optimum: Arete[];
  composantes: number;
  gloutonnes: number;
  msJoint: number;
  msOptimum: number;
}

/** Remembers who was proposed (cap, reset waiting time), as the projection does between rounds. */
class Etat {
  readonly count = new Map<string, number>();
  readonly last = new Map<string, Date>();

  constructor(
    private readonly m: number,
    private readonly now: Date,
  ) {}

  rows(rs: CandidatRow[]): CandidatRow[] {
    return rs
      .filter((r) => (this.count.get(r.jeuneId) ?? 0) < this.m)
      .map((r) => ({ ...r, attenteDepuis: this.last.get(r.jeuneId) ?? r.attenteDepuis }));
  }

  libre(jeune: string): number {
    return this.m - (this.count.get(jeune) ?? 0);
  }

  proposer(e: Arete): void {
    this.count.set(e.jeune, (this.count.get(e.jeune) ?? 0) + 1);
    this.last.set(e.jeune, this.now);
  }
}

/** The four ways of proposing, on the same candidate rows and the production scoring. */
export function methodes(
  offres: OffreCriteres[],
  rows: Map<string, CandidatRow[]>,
  config: MatchingConfig,
  ctx: ScoringContext,
  k: number,
): Methodes {
  const m = config.MATCHING_PROPOSITIONS_PAR_JEUNE;
  const best = (o: OffreCriteres, rs: CandidatRow[], limite: number): Arete[] =>
    analyser(o, rs, EMPTY, ctx, limite).candidats.map((c) => ({
      offre: o.id,
      jeune: c.row.jeuneId,
      poids: c.score,
    }));

  // Naive: each offer takes its own top k, whoever else wants them.
  const naive = offres.flatMap((o) => best(o, rows.get(o.id)!, k));

  // One offer at a time, in arrival order: top k under the cap, each proposal resetting the wait.
  const seq = new Etat(m, ctx.now);
  const sequentiel: Arete[] = [];
  for (const o of offres) {
    for (const e of best(o, seq.rows(rows.get(o.id)!), k)) {
      sequentiel.push(e);
      seq.proposer(e);
    }
  }

  // The matcher's sweep: lots of LOT_BALAYAGE offers, each a joint b-matching on top-L edges.
  const t0 = Date.now();
  const lot = new Etat(m, ctx.now);
  const joint: Arete[] = [];
  let composantes = 0;
  let gloutonnes = 0;
  for (let i = 0; i < offres.length; i += LOT_BALAYAGE) {
    const slice = offres.slice(i, i + LOT_BALAYAGE);
    const aretes: Arete[] = [];
    const penalite = new Map<string, number>();
    for (const o of slice) {
      const rs = lot.rows(rows.get(o.id)!);
      for (const r of rs)
        penalite.set(r.jeuneId, (pointsAttente(r, ctx) * config.MATCHING_EQUITE_PC) / 100);
      aretes.push(...best(o, rs, config.MATCHING_CANDIDATS_PAR_OFFRE));
    }
    const s = assigner({
      offres: new Map(slice.map((o) => [o.id, k])),
      jeunes: new Map(aretes.map((e) => [e.jeune, lot.libre(e.jeune)])),
      aretes,
      bonus: new Map(slice.map((o) => [o.id, config.MATCHING_BONUS_COUVERTURE])),
      penalite,
      maxAretesExact: config.MATCHING_COMPOSANTE_MAX_ARETES,
    });
    composantes += s.composantes;
    gloutonnes += s.gloutonnes;
    for (const e of s.choisies) lot.proposer(e);
    joint.push(...s.choisies);
  }
  const msJoint = Date.now() - t0;

  // The exact optimum of the total score, over every eligible pair, in one piece.
  const t1 = Date.now();
  const every = offres.flatMap((o) => best(o, rows.get(o.id)!, Infinity));
  const optimum = assigner({
    offres: new Map(offres.map((o) => [o.id, k])),
    jeunes: new Map(every.map((e) => [e.jeune, m])),
    aretes: every,
  }).choisies;
  return {
    naive,
    sequentiel,
    joint,
    optimum,
    composantes,
    gloutonnes,
    msJoint,
    msOptimum: Date.now() - t1,
  };
}

import { MinCostFlow } from './min-cost-flow';

/** One possible proposal: an offer, a jeune, and the proposal's score. */
export interface Arete {
  offre: string;
  jeune: string;
  poids: number;
}

export interface Probleme {
  /** Free slots of each offer (k minus its open proposals). */
  offres: Map<string, number>;
  /** Free slots of each jeune (m minus its open proposals). */
  jeunes: Map<string, number>;
  aretes: Arete[];
  /** Extra weight for an offer's first proposal, for offers that have none yet (coverage). */
  bonus?: Map<string, number>;
  /**
   * What each proposal of a jeune beyond their first in this round loses: their waiting-time
   * points, reset by the first one. Matching jointly thus scores as publishing one at a time.
   */
  penalite?: Map<string, number>;
  /** Components with more edges than this are solved greedily. */
  maxAretesExact?: number;
}

export interface Solution {
  choisies: Arete[];
  composantes: number;
  /** Components too large for the exact solver. */
  gloutonnes: number;
}

// Scores have two decimals: integer costs keep the flow exact.
const SCALE = 100;

/**
 * Maximum-weight b-matching: the proposals that maximise the total score (plus coverage bonus)
 * under both capacities. Split into connected components, each solved exactly as a min-cost
 * flow, or greedily on sorted edges when oversized.
 */
export function assigner(p: Probleme): Solution {
  const aretes = p.aretes.filter(
    (a) => (p.offres.get(a.offre) ?? 0) > 0 && (p.jeunes.get(a.jeune) ?? 0) > 0,
  );
  const groups = composantes(aretes);
  const max = p.maxAretesExact ?? Infinity;
  const choisies: Arete[] = [];
  let gloutonnes = 0;
  for (const group of groups) {
    if (group.length > max) {
      gloutonnes++;
      choisies.push(...glouton(group, p));
    } else {
      choisies.push(...exact(group, p));
    }
  }
  return { choisies, composantes: groups.length, gloutonnes };
}

/** The objective assigner() maximises, for tests and benchmarks. */
export function valeur(
  choisies: Arete[],
  bonus?: Map<string, number>,
  penalite?: Map<string, number>,
): number {
  const couvertes = new Set(choisies.map((a) => a.offre));
  let v = choisies.reduce((s, a) => s + Math.round(a.poids * SCALE), 0);
  for (const o of couvertes) v += Math.round((bonus?.get(o) ?? 0) * SCALE);
  const degre = new Map<string, number>();
  for (const a of choisies) degre.set(a.jeune, (degre.get(a.jeune) ?? 0) + 1);
  for (const [j, d] of degre) v -= (d - 1) * Math.round((penalite?.get(j) ?? 0) * SCALE);
  return v / SCALE;
}

function composantes(aretes: Arete[]): Arete[][] {
  const index = new Map<string, number>();
  const id = (k: string) => index.get(k) ?? (index.set(k, index.size), index.size - 1);
  const ends = aretes.map((a) => [id('o' + a.offre), id('j' + a.jeune)]);
  const parent = Array.from({ length: index.size }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (const [o, j] of ends) parent[find(o)] = find(j);
  const groups = new Map<number, Arete[]>();
  aretes.forEach((a, i) => {
    const root = find(ends[i][0]);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root)!.push(a);
  });
  return [...groups.values()];
}

function exact(aretes: Arete[], p: Probleme): Arete[] {
  const offres = [...new Set(aretes.map((a) => a.offre))];
  const jeunes = [...new Set(aretes.map((a) => a.jeune))];
  const oi = new Map(offres.map((o, i) => [o, 2 + i]));
  const ji = new Map(jeunes.map((j, i) => [j, 2 + offres.length + i]));
  const n = 2 + offres.length + jeunes.length;
  const g = new MinCostFlow(n);
  const pot = new Array<number>(n).fill(0);
  for (const o of offres) {
    const cap = p.offres.get(o)!;
    const bonus = Math.round((p.bonus?.get(o) ?? 0) * SCALE);
    if (bonus > 0) {
      g.addArc(0, oi.get(o)!, 1, -bonus);
      if (cap > 1) g.addArc(0, oi.get(o)!, cap - 1, 0);
      pot[oi.get(o)!] = -bonus;
    } else {
      g.addArc(0, oi.get(o)!, cap, 0);
    }
  }
  const arcs = aretes.map((a) => {
    const u = oi.get(a.offre)!;
    const v = ji.get(a.jeune)!;
    const cost = -Math.round(a.poids * SCALE);
    pot[v] = Math.min(pot[v], pot[u] + cost);
    return g.addArc(u, v, 1, cost);
  });
  for (const j of jeunes) {
    const cap = p.jeunes.get(j)!;
    const pen = Math.round((p.penalite?.get(j) ?? 0) * SCALE);
    // Convex: the first proposal free, the next ones at the lost waiting-time points.
    if (pen > 0 && cap > 1) {
      g.addArc(ji.get(j)!, 1, 1, 0);
      g.addArc(ji.get(j)!, 1, cap - 1, pen);
    } else {
      g.addArc(ji.get(j)!, 1, cap, 0);
    }
    pot[1] = Math.min(pot[1], pot[ji.get(j)!]);
  }
  g.run(0, 1, pot);
  return aretes.filter((_, i) => g.flow(arcs[i]) > 0);
}

/** Sorted edges, best first; with a coverage bonus, a first pass gives each offer one proposal. */
function glouton(aretes: Arete[], p: Probleme): Arete[] {
  const sorted = [...aretes].sort(
    (a, b) => b.poids - a.poids || a.offre.localeCompare(b.offre) || a.jeune.localeCompare(b.jeune),
  );
  const libreO = new Map(sorted.map((a) => [a.offre, p.offres.get(a.offre)!]));
  const libreJ = new Map(sorted.map((a) => [a.jeune, p.jeunes.get(a.jeune)!]));
  const prises = new Set<Arete>();
  const couvertes = new Set<string>();
  const pass = (premiere: boolean) => {
    for (const a of sorted) {
      if (prises.has(a) || libreO.get(a.offre)! <= 0 || libreJ.get(a.jeune)! <= 0) continue;
      if (premiere && (couvertes.has(a.offre) || !(p.bonus?.get(a.offre) ?? 0))) continue;
      prises.add(a);
      couvertes.add(a.offre);
      libreO.set(a.offre, libreO.get(a.offre)! - 1);
      libreJ.set(a.jeune, libreJ.get(a.jeune)! - 1);
    }
  };
  if (p.bonus?.size) pass(true);
  pass(false);
  return sorted.filter((a) => prises.has(a));
}

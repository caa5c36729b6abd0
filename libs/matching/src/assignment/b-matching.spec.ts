import { Arete, assigner, Probleme, valeur } from './b-matching';

/** A small deterministic PRNG, so a failing instance can be replayed from its seed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32;
}

function randomInstance(seed: number, bonus: boolean): Probleme {
  const r = rng(seed);
  const nO = 1 + Math.floor(r() * 4);
  const nJ = 1 + Math.floor(r() * 5);
  const offres = new Map<string, number>();
  const jeunes = new Map<string, number>();
  for (let i = 0; i < nO; i++) offres.set(`o${i}`, 1 + Math.floor(r() * 3));
  for (let j = 0; j < nJ; j++) jeunes.set(`j${j}`, 1 + Math.floor(r() * 2));
  const aretes: Arete[] = [];
  for (const o of offres.keys())
    for (const j of jeunes.keys())
      if (r() < 0.6 && aretes.length < 12)
        aretes.push({ offre: o, jeune: j, poids: Math.round(r() * 10000) / 100 });
  const b = new Map<string, number>();
  const penalite = new Map<string, number>();
  if (bonus) for (const o of offres.keys()) if (r() < 0.7) b.set(o, 10);
  if (bonus)
    for (const j of jeunes.keys()) if (r() < 0.7) penalite.set(j, Math.round(r() * 1500) / 100);
  return { offres, jeunes, aretes, bonus: b, penalite };
}

function bruteForce(p: Probleme): number {
  let best = 0;
  const n = p.aretes.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    const chosen = p.aretes.filter((_, i) => mask & (1 << i));
    const count = (key: 'offre' | 'jeune', id: string) =>
      chosen.filter((a) => a[key] === id).length;
    const ok =
      [...p.offres].every(([o, c]) => count('offre', o) <= c) &&
      [...p.jeunes].every(([j, c]) => count('jeune', j) <= c);
    if (ok) best = Math.max(best, valeur(chosen, p.bonus, p.penalite));
  }
  return best;
}

function respectsCaps(p: Probleme, chosen: Arete[]): boolean {
  const per = (key: 'offre' | 'jeune') =>
    chosen.reduce((m, a) => m.set(a[key], (m.get(a[key]) ?? 0) + 1), new Map<string, number>());
  const o = per('offre');
  const j = per('jeune');
  return (
    [...o].every(([id, n]) => n <= p.offres.get(id)!) &&
    [...j].every(([id, n]) => n <= p.jeunes.get(id)!)
  );
}

describe('assigner (maximum-weight b-matching)', () => {
  it.each([false, true])(
    'equals brute force on 400 random small instances (coverage bonus and waiting penalty: %s)',
    (bonus) => {
      for (let seed = 1; seed <= 400; seed++) {
        const p = randomInstance(seed * 7919, bonus);
        const { choisies } = assigner(p);
        expect({ seed, ok: respectsCaps(p, choisies) }).toEqual({ seed, ok: true });
        expect({ seed, v: valeur(choisies, p.bonus, p.penalite) }).toEqual({
          seed,
          v: bruteForce(p),
        });
      }
    },
  );

  it('spreads the best jeune instead of sending her everywhere', () => {
    const p: Probleme = {
      offres: new Map([
        ['a', 1],
        ['b', 1],
      ]),
      jeunes: new Map([
        ['star', 1],
        ['x', 1],
      ]),
      aretes: [
        { offre: 'a', jeune: 'star', poids: 90 },
        { offre: 'b', jeune: 'star', poids: 80 },
        { offre: 'a', jeune: 'x', poids: 85 },
      ],
    };
    const pairs = assigner(p)
      .choisies.map((a) => `${a.offre}-${a.jeune}`)
      .sort();
    expect(pairs).toEqual(['a-x', 'b-star']);
  });

  it('falls back to the greedy for oversized components, still within the caps', () => {
    const p = randomInstance(42, true);
    const solution = assigner({ ...p, maxAretesExact: 1 });
    expect(solution.gloutonnes).toBeGreaterThan(0);
    expect(respectsCaps(p, solution.choisies)).toBe(true);
  });

  it('solves components separately', () => {
    const p: Probleme = {
      offres: new Map([
        ['a', 2],
        ['b', 2],
      ]),
      jeunes: new Map([
        ['x', 1],
        ['y', 1],
      ]),
      aretes: [
        { offre: 'a', jeune: 'x', poids: 50 },
        { offre: 'b', jeune: 'y', poids: 60 },
      ],
    };
    expect(assigner(p)).toMatchObject({ composantes: 2, gloutonnes: 0 });
    expect(assigner(p).choisies).toHaveLength(2);
  });
});

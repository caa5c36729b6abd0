import { CandidatRow, OffreCriteres } from '@app/matching';
import { distanceKm } from '@app/referentiels';
import { cumulative } from './fiches-mix';

/** A deterministic PRNG (mulberry32): the same seed, the same market. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export interface JeuneMarche {
  id: string;
  lat: number;
  lon: number;
  rayonKm: number;
  permisB: boolean;
  mineur: boolean;
  niveauDiplome: number;
  programme: string;
  attenteJours: number;
  fiches: { fiche: string; rang: number; experienceMois: number }[];
}

export interface Marche {
  jeunes: JeuneMarche[];
  offres: OffreCriteres[];
}

const pick = <T>(r: () => number, xs: readonly T[]) => xs[Math.floor(r() * xs.length)];

/**
 * A labour market of one territory: towns of Zipf-like sizes on a 100 km square, jeunes and
 * offers around them by size, wishes and offers from the sector mix, attributes as in the
 * national bench.
 */
export function marche(nJeunes: number, nOffres: number, seed: number): Marche {
  const r = rng(seed);
  const towns = Array.from({ length: 12 }, (_, i) => ({
    lat: 48 + r() * 0.9,
    lon: 2 + r() * 1.35,
    w: 1 / (i + 1),
  }));
  const tw = towns.reduce((s, t) => s + t.w, 0);
  const place = () => {
    let x = r() * tw;
    const t = towns.find((tt) => (x -= tt.w) <= 0) ?? towns[0];
    const g = () => (r() + r() + r() - 1.5) * 0.05;
    return { lat: t.lat + g(), lon: t.lon + g() * 1.5 };
  };
  const mixO = cumulative(1);
  const mixJ = cumulative(0.7);
  const fiche = (mix: { fiche: string; cum: number }[]) => {
    const x = r();
    return (mix.find((m) => m.cum >= x) ?? mix[mix.length - 1]).fiche;
  };
  const jeunes: JeuneMarche[] = Array.from({ length: nJeunes }, (_, i) => {
    const fiches = new Map<string, number>();
    const n = 1 + Math.floor(r() * 3);
    for (let k = 0; k < n; k++) {
      const f = fiche(mixJ);
      if (!fiches.has(f)) fiches.set(f, fiches.size + 1);
    }
    return {
      id: `j${i}`,
      ...place(),
      rayonKm: pick(r, [10, 15, 20, 20, 30, 30, 40, 50]),
      permisB: r() < 0.3,
      mineur: r() < 0.1,
      niveauDiplome: pick(r, [0, 0, 0, 3, 3, 3, 4, 4, 5, 6]),
      programme: pick(r, ['CEJ', 'CEJ', 'PACEA', 'PPAE', 'aucun', 'aucun', 'aucun', 'aucun']),
      attenteJours: Math.floor(r() * 90),
      fiches: [...fiches].map(([f, rang]) => ({
        fiche: f,
        rang,
        experienceMois: r() < 0.5 ? 0 : 1 + Math.floor(r() * 24),
      })),
    };
  });
  const offres: OffreCriteres[] = Array.from({ length: nOffres }, (_, i) => {
    const nuit = r() < 0.05;
    return {
      id: `o${i}`,
      structureId: 's',
      codeRome: fiche(mixO),
      ...place(),
      dateDebut: '2026-12-15',
      permisB: r() < 0.15,
      niveauDiplome: pick(r, [null, null, null, null, null, null, '3', '3', '3', '4']),
      experience: pick(r, ['D', 'D', 'D', 'D', 'D', 'D', 'S', 'S', 'S', 'E'] as const),
      ouverteMineurs: !nuit && r() < 0.85,
      travailNuit: nuit,
      tempsPartiel: false,
      distanceMaxKm: pick(r, [20, 30, 30, 40]),
      candidatsSouhaites: 2,
      versionCriteres: 1,
    };
  });
  return { jeunes, offres };
}

/** The candidate rows of an offer, through the same hard filters as the SQL retrieval. */
export function eligibles(
  o: OffreCriteres,
  jeunes: JeuneMarche[],
  now: Date,
  domaine = true,
): CandidatRow[] {
  const out: CandidatRow[] = [];
  for (const j of jeunes) {
    if (o.permisB && !j.permisB) continue;
    if (j.mineur && (!o.ouverteMineurs || o.travailNuit)) continue;
    const d = distanceKm({ lat: o.lat!, lon: o.lon! }, j);
    if (d > Math.min(j.rayonKm, o.distanceMaxKm)) continue;
    for (const f of j.fiches) {
      if (f.fiche !== o.codeRome && !(domaine && f.fiche.slice(0, 3) === o.codeRome.slice(0, 3)))
        continue;
      out.push({
        jeuneId: j.id,
        fiche: f.fiche,
        rang: f.rang,
        structureId: 's',
        distanceKm: d,
        rayonKm: j.rayonKm,
        niveauDiplome: j.niveauDiplome,
        experienceMois: f.experienceMois,
        disponibleLe: null,
        programme: j.programme,
        attenteDepuis: new Date(now.getTime() - j.attenteJours * 86_400_000),
        propositionsOuvertes: 0,
      });
    }
  }
  return out;
}

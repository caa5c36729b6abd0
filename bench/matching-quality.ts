/**
 * `npm run bench:matching-quality [-- --jeunes N --offres M --graine S]`
 * On a generated market, the matcher's congestion-aware joint assignment against independent
 * top-k per offer (the naive baseline, in the same run), publication one offer at a time in
 * arrival order, and the exact optimum: coverage (offers with k proposals, with none), mean score,
 * proposals per jeune (max, p99), share of available jeunes proposed, Gini, mean distance; then
 * the fairness setting's trade-off, and a congested market. JSON figures on the last line.
 */
import 'reflect-metadata';
import { loadConfig } from '@app/core';
import { Arete, CandidatRow, MatchingConfig, poidsDeConfig } from '@app/matching';
import { eligibles, marche } from './matching/market';
import { methodes } from './matching/quality-methods';
import { args, gini, percentile } from './matching/stats';

const now = new Date('2026-12-01T08:00:00Z');
const K = 2;
const r4 = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

function evaluer(nJeunes: number, nOffres: number, graine: number, config: MatchingConfig) {
  const ctx = {
    poids: poidsDeConfig(config),
    now,
    today: '2026-12-01',
    attenteJours: config.MATCHING_ATTENTE_JOURS,
  };
  const { jeunes, offres } = marche(nJeunes, nOffres, graine);
  const rows = new Map<string, CandidatRow[]>(
    offres.map((o) => [o.id, eligibles(o, jeunes, now, config.MATCHING_DOMAINE)]),
  );
  const km = new Map<string, number>();
  for (const [o, rs] of rows) for (const r of rs) km.set(`${o}:${r.jeuneId}`, r.distanceKm);
  const available = new Set([...rows.values()].flatMap((rs) => rs.map((r) => r.jeuneId)));
  const measure = (edges: Arete[]) => {
    const perOffre = new Map<string, number>();
    const perJeune = new Map<string, number>([...available].map((j) => [j, 0]));
    for (const e of edges) {
      perOffre.set(e.offre, (perOffre.get(e.offre) ?? 0) + 1);
      perJeune.set(e.jeune, (perJeune.get(e.jeune) ?? 0) + 1);
    }
    const counts = [...perJeune.values()];
    return {
      propositions: edges.length,
      offresAvecK: r4(offres.filter((o) => (perOffre.get(o.id) ?? 0) >= K).length / offres.length),
      offresSansProposition: r4(offres.filter((o) => !perOffre.get(o.id)).length / offres.length),
      scoreMoyen: r4(edges.reduce((s, e) => s + e.poids, 0) / edges.length, 2),
      maxParJeune: Math.max(...counts),
      p99ParJeune: percentile(counts, 99),
      partJeunesProposes: r4(counts.filter((c) => c > 0).length / counts.length),
      gini: r4(gini(counts)),
      distanceMoyenneKm: r4(
        edges.reduce((s, e) => s + km.get(`${e.offre}:${e.jeune}`)!, 0) / edges.length,
        2,
      ),
    };
  };
  const res = methodes(offres, rows, config, ctx, K);
  return {
    marche: {
      jeunes: nJeunes,
      offres: nOffres,
      graine,
      jeunesDisponibles: available.size,
      offresSansCandidatEligible: r4(
        offres.filter((o) => rows.get(o.id)!.length === 0).length / offres.length,
      ),
    },
    naive: measure(res.naive),
    sequentiel: measure(res.sequentiel),
    joint: measure(res.joint),
    optimum: measure(res.optimum),
    ms: {
      joint: res.msJoint,
      optimum: res.msOptimum,
      composantes: res.composantes,
      gloutonnes: res.gloutonnes,
    },
  };
}

function main(): void {
  const a = args({ jeunes: 3000, offres: 1000, graine: 2026 });
  const t0 = Date.now();
  const config = loadConfig(MatchingConfig);
  const main = evaluer(Number(a.jeunes), Number(a.offres), Number(a.graine), config);
  const ratio = (x: number, y: number) => Math.round((x / y) * 1000) / 1000;
  const { naive, joint, optimum } = main;
  // The fairness setting trades mean score for spread (MATCHING_EQUITE_PC).
  const equite = [0, 15, 20, 25, 50, 100].map((pc) => {
    const e = evaluer(
      Number(a.jeunes),
      Number(a.offres),
      Number(a.graine),
      Object.assign(new MatchingConfig(), config, { MATCHING_EQUITE_PC: pc }),
    );
    return {
      equitePc: pc,
      scoreSurNaive: ratio(e.joint.scoreMoyen, naive.scoreMoyen),
      giniSurNaive: ratio(e.joint.gini, naive.gini),
      partJeunesProposes: e.joint.partJeunesProposes,
    };
  });
  // More offers than jeunes can take: where arrival order leaves offers with nothing.
  const tendu = evaluer(
    Math.round(Number(a.jeunes) / 2),
    Number(a.offres) * 2,
    Number(a.graine),
    config,
  );
  const met = {
    scoreAuMoins98PcDuNaif: joint.scoreMoyen >= 0.98 * naive.scoreMoyen,
    aucunJeuneAuDessusDuPlafond: joint.maxParJeune <= config.MATCHING_PROPOSITIONS_PAR_JEUNE,
    giniBaisseDe30Pc: joint.gini <= 0.7 * naive.gini,
    couvertureNonInferieure:
      joint.offresAvecK >= naive.offresAvecK &&
      joint.offresSansProposition <= naive.offresSansProposition,
    sansPropositionA5PcDeLOptimum:
      joint.offresSansProposition <= optimum.offresSansProposition + 0.05,
  };
  const figures = {
    bench: 'matching-quality',
    k: K,
    m: config.MATCHING_PROPOSITIONS_PAR_JEUNE,
    equitePc: config.MATCHING_EQUITE_PC,
    ...main,
    jointSurNaive: {
      scoreMoyen: ratio(joint.scoreMoyen, naive.scoreMoyen),
      gini: ratio(joint.gini, naive.gini),
      offresAvecK: ratio(joint.offresAvecK, naive.offresAvecK),
    },
    jointMoinsOptimumSansProposition: r4(
      joint.offresSansProposition - optimum.offresSansProposition,
    ),
    goals: {
      scoreAuMoins98PcDuNaif: 'joint mean score >= 0.98 x naive top-k',
      aucunJeuneAuDessusDuPlafond: 'no jeune above MATCHING_PROPOSITIONS_PAR_JEUNE',
      giniBaisseDe30Pc: 'Gini of proposals per jeune <= 0.7 x naive',
      couvertureNonInferieure: 'offers with k and with none: not worse than naive',
      sansPropositionA5PcDeLOptimum: 'offers without proposal within 5 points of the optimum',
    },
    met,
    equite,
    marcheTendu: tendu,
    msTotal: Date.now() - t0,
    ok: Object.values(met).every(Boolean),
  };
  console.log(JSON.stringify(figures));
}

main();

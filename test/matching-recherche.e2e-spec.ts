import { FixedClock } from '@app/core';
import {
  analyser,
  CandidatRow,
  FichesConnuesService,
  MatchingService,
  PropositionsService,
  PropositionStatut,
  RechercheService,
  rechercheParams,
  ReglagesService,
  score,
  versCriteres,
} from '@app/matching';
import { OffresService } from '@app/offres';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import {
  aLEst,
  OffreCree,
  apparier,
  jeune,
  offrePubliee,
  projeter,
  proposes,
} from './support/matching-fixtures';
import { createTestContext, TestContext } from './support/test-context';

// Tuesday 1 December 2026, 09:00 in Paris; offers start on the 15th.
const clock = new FixedClock(new Date('2026-12-01T08:00:00Z'));
const sorted = (ids: string[]) => [...ids].sort();

describe('Matching : les règles de sélection, chacune sur un petit monde', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let voisine: SeededStructure;

  beforeAll(async () => {
    ctx = await createTestContext({ clock });
    ml = await seedStructure(ctx, 'ml-matching-regles');
    voisine = await seedStructure(ctx, 'ml-matching-voisine');
  });
  afterAll(() => ctx.close());

  it('excludes a minor from a night-work offer and from an offer closed to minors, not from an open one', async () => {
    // One domaine per offer, so that each offer has its own jeunes (m = 2 would share them).
    const cas = [
      { over: { travailNuit: true }, fiche: 'G1603', mineurAdmis: false },
      { over: { ouverteMineurs: false }, fiche: 'J1301', mineurAdmis: false },
      { over: {}, fiche: 'A1203', mineurAdmis: true },
    ];
    for (const { over, fiche, mineurAdmis } of cas) {
      const offre = await offrePubliee(ctx, ml, {
        ...over,
        codeRome: fiche,
        candidatsSouhaites: 5,
      });
      const here = aLEst(offre.lat, offre.lon, 2);
      const fiches = [{ fiche, experienceMois: 0 }];
      // 17 on 15 December 2026; the second turns 18 on the start date itself.
      const [mineur, majeurLeJour, majeur] = await projeter(
        ctx,
        jeune(ml, here, { fiches, dateNaissance: '2009-06-01' }),
        jeune(ml, here, { fiches, dateNaissance: '2008-12-15' }),
        jeune(ml, here, { fiches }),
      );
      await apparier(ctx, offre.id);
      const attendus = mineurAdmis ? [mineur, majeurLeJour, majeur] : [majeurLeJour, majeur];
      expect(sorted(await proposes(ctx, offre.id))).toEqual(sorted(attendus));
    }
  });

  it('keeps the smaller of the mobility radius and the offer’s maximum distance', async () => {
    const offre = await offrePubliee(ctx, ml, {
      codeRome: 'K2204',
      candidatsSouhaites: 5,
      distanceMaxKm: 40,
    });
    const at = (km: number) => aLEst(offre.lat, offre.lon, km);
    const fiches = [{ fiche: 'K2204', experienceMois: 0 }];
    const [a31, a29, loinDeLOffre] = await projeter(
      ctx,
      jeune(ml, at(31), { rayonKm: 30, fiches }),
      jeune(ml, at(29), { rayonKm: 30, fiches }),
      jeune(ml, at(41), { rayonKm: 80, fiches }),
    );
    await apparier(ctx, offre.id);
    const ids = await proposes(ctx, offre.id);
    expect(ids).toEqual([a29]);
    expect(ids).not.toContain(a31);
    expect(ids).not.toContain(loinDeLOffre);
  });

  it('requires the driving licence when the offer does', async () => {
    const offre = await offrePubliee(ctx, ml, {
      codeRome: 'N1103',
      permisB: true,
      candidatsSouhaites: 5,
    });
    const here = aLEst(offre.lat, offre.lon, 3);
    const fiches = [{ fiche: 'N1103', experienceMois: 0 }];
    const [sans, avec] = await projeter(
      ctx,
      jeune(ml, here, { fiches }),
      jeune(ml, here, { fiches, permisB: true }),
    );
    await apparier(ctx, offre.id);
    expect(await proposes(ctx, offre.id)).toEqual([avec]);
    expect(await proposes(ctx, offre.id)).not.toContain(sans);
  });

  it('never proposes again a jeune discarded on the offer, and tops up with someone else', async () => {
    const offre = await offrePubliee(ctx, ml, { codeRome: 'D1507', candidatsSouhaites: 1 });
    const fiches = [{ fiche: 'D1507', experienceMois: 0 }];
    const [proche, loin] = await projeter(
      ctx,
      jeune(ml, aLEst(offre.lat, offre.lon, 1), { fiches }),
      jeune(ml, aLEst(offre.lat, offre.lon, 15), { fiches }),
    );
    await apparier(ctx, offre.id);
    const [premiere] = await ctx.api.get(PropositionsService).lister(offre.id);
    expect(premiere.jeuneId).toBe(proche);
    await ctx.api
      .get(PropositionsService)
      .marquer(premiere.id, PropositionStatut.ECARTEE, { motif: 'profil' });
    await apparier(ctx, offre.id);
    expect(await proposes(ctx, offre.id)).toEqual([loin]);
    await ctx.api
      .get(PropositionsService)
      .marquer(
        (await ctx.api.get(PropositionsService).lister(offre.id, [PropositionStatut.OUVERTE]))[0]
          .id,
        PropositionStatut.ECARTEE,
      );
    await apparier(ctx, offre.id);
    expect(await proposes(ctx, offre.id)).toEqual([]);
  });

  it('requires availability by the start date, outside any unavailable period, and part-time wishes', async () => {
    const offre = await offrePubliee(ctx, ml, { codeRome: 'K1303', candidatsSouhaites: 5 });
    const here = aLEst(offre.lat, offre.lon, 2);
    const fiches = [{ fiche: 'K1303', experienceMois: 0 }];
    const [tard, indispo, partiel, ok] = await projeter(
      ctx,
      jeune(ml, here, { fiches, disponibleLe: '2026-12-16' }),
      jeune(ml, here, { fiches, indisponibilites: [{ du: '2026-12-10', au: '2026-12-20' }] }),
      jeune(ml, here, { fiches, tempsPartielSeul: true }),
      jeune(ml, here, {
        fiches,
        disponibleLe: '2026-12-15',
        indisponibilites: [{ du: '2026-12-16', au: '2027-01-10' }],
      }),
    );
    await apparier(ctx, offre.id);
    const ids = await proposes(ctx, offre.id);
    expect(ids).toEqual([ok]);
    for (const other of [tard, indispo, partiel]) expect(ids).not.toContain(other);
  });

  it('matches the fiche exactly first, the same domaine as a weaker match, and only active jeunes of the scope', async () => {
    const offre = await offrePubliee(ctx, ml, { codeRome: 'F1703', candidatsSouhaites: 5 });
    const here = aLEst(offre.lat, offre.lon, 2);
    const [exact, domaine, autre, inactif, ailleurs] = await projeter(
      ctx,
      jeune(ml, here, { fiches: [{ fiche: 'F1703', experienceMois: 0 }] }),
      jeune(ml, here, { fiches: [{ fiche: 'F1701', experienceMois: 0 }] }),
      jeune(ml, here, { fiches: [{ fiche: 'F1602', experienceMois: 0 }] }),
      jeune(ml, here, { actif: false, fiches: [{ fiche: 'F1703', experienceMois: 0 }] }),
      jeune(voisine, here, { fiches: [{ fiche: 'F1703', experienceMois: 0 }] }),
    );
    await apparier(ctx, offre.id);
    expect(await proposes(ctx, offre.id)).toEqual([exact, domaine]);
    for (const other of [autre, inactif, ailleurs])
      expect(await proposes(ctx, offre.id)).not.toContain(other);

    // Opening the structure's offers to its neighbour brings the neighbour's jeune in, once the
    // neighbour's admin has accepted the agreement.
    await ctx.api.get(ReglagesService).definir(ml.id, { structuresVoisines: [voisine.id] });
    await apparier(ctx, offre.id);
    expect(await proposes(ctx, offre.id)).not.toContain(ailleurs);
    const accord = await ctx
      .http()
      .post('/matching/accords')
      .set(bearer(ml.users.admin.token))
      .send({ structureId: voisine.id })
      .expect(201);
    await ctx
      .http()
      .post(`/matching/accords/${accord.body.id}/accepter`)
      .set(bearer(voisine.users.admin.token))
      .expect(200);
    await apparier(ctx, offre.id);
    expect(sorted(await proposes(ctx, offre.id))).toEqual(sorted([exact, domaine, ailleurs]));
    await ctx.api.get(ReglagesService).definir(ml.id, { structuresVoisines: [] });
  });

  it('stops at m open proposals per jeune', async () => {
    const offres: OffreCree[] = [];
    for (let i = 0; i < 3; i++)
      offres.push(await offrePubliee(ctx, ml, { codeRome: 'M1607', candidatsSouhaites: 1 }));
    const [seul] = await projeter(
      ctx,
      jeune(ml, aLEst(offres[0].lat, offres[0].lon, 1), {
        fiches: [{ fiche: 'M1607', experienceMois: 0 }],
      }),
    );
    for (const o of offres) await apparier(ctx, o.id);
    const counts = await Promise.all(offres.map(async (o) => (await proposes(ctx, o.id)).length));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2);
    const [row] = await ctx.dataSource.query(
      `SELECT propositions_ouvertes FROM matching_jeunes WHERE jeune_id = $1`,
      [seul],
    );
    expect(row.propositions_ouvertes).toBe(2);
  });

  it('explains each proposal in French, and shows it to the CRE with its breakdown', async () => {
    const offre = await offrePubliee(ctx, ml, { codeRome: 'G1803', candidatsSouhaites: 1 });
    clock.set(new Date('2026-11-10T08:00:00Z'));
    const [id] = await projeter(
      ctx,
      jeune(ml, aLEst(offre.lat, offre.lon, 8), {
        fiches: [{ fiche: 'G1803', experienceMois: 6 }],
        disponibleLe: '2026-12-02',
        programme: 'CEJ',
      }),
    );
    clock.set(new Date('2026-12-01T08:00:00Z'));
    await apparier(ctx, offre.id);
    const res = await ctx
      .http()
      .get(`/offres/${offre.id}/propositions`)
      .set(bearer(ml.users.cre.token))
      .expect(200);
    expect(res.body).toHaveLength(1);
    expect(res.body[0]).toMatchObject({ jeuneId: id, statut: 'ouverte', origine: 'matcher' });
    expect(res.body[0].raisons).toEqual([
      'Service en restauration, 1er souhait',
      'à 8 km, mobilité 20 km',
      'disponible dès le 2 décembre',
      'en CEJ',
      'aucune proposition depuis 3 semaines',
      "6 mois d'expérience sur ce métier",
    ]);
    expect(res.body[0].detail.criteres.fiche).toEqual({ note: 1, poids: 30, points: 30 });
    expect(res.body[0].score).toBeGreaterThan(0);
    await ctx
      .http()
      .get(`/offres/${offre.id}/propositions`)
      .set(bearer(ml.users.employeur.token))
      .expect(403);
    await ctx
      .http()
      .get(`/offres/${offre.id}/propositions`)
      .set(bearer(voisine.users.cre.token))
      .expect(404);
  });

  it('ranks in SQL with the score of scoring.ts, and searches several offers in one statement as one by one', async () => {
    // Every offer of this file, with their proposals (open ones kept, others excluded).
    const ids: string[] = (
      await ctx.dataSource.query(`SELECT id FROM offres WHERE structure_id = $1 ORDER BY id`, [
        ml.id,
      ])
    ).map((r: { id: string }) => r.id);
    const offres = (
      await ctx.api.get(OffresService).findPublishedForMatching({ ids, limit: ids.length })
    ).map(versCriteres);
    const { perimetre, poids } = (await ctx.api.get(ReglagesService).pour([ml.id])).get(ml.id)!;
    const matching = ctx.api.get(MatchingService);
    // A wait that is not a whole number of days, weights that are not the defaults' multiples.
    const sc = matching.contexte({ ...poids, distance: 17, attente: 9 }, clock.now());
    const cas = [];
    for (const o of offres) {
      const rows: { jeune_id: string; statut: string }[] = await ctx.dataSource.query(
        `SELECT jeune_id, statut FROM propositions WHERE offre_id = $1`,
        [o.id],
      );
      const ex = {
        actives: 0,
        ouverts: rows.filter((r) => r.statut === 'ouverte').map((r) => r.jeune_id),
        exclus: rows.filter((r) => r.statut !== 'ouverte').map((r) => r.jeune_id),
      };
      const fiches = await ctx.api.get(FichesConnuesService).etendre(o.codeRome, true);
      const p = (limite: number) => rechercheParams(o, perimetre, fiches, ex, 2, sc, limite);
      cas.push({ o, ex, tous: p(1000), deux: p(2) });
    }
    expect(cas.length).toBeGreaterThan(5);
    const recherche = ctx.api.get(RechercheService);
    const lot = await recherche.rechercherLot(cas.map((k) => k.deux));
    const key = (r: CandidatRow) => JSON.stringify({ ...r, lot: undefined });
    let lignes = 0;
    for (const [i, k] of cas.entries()) {
      // Every eligible jeune's best row: the SQL score is scoring.ts's, to the last digit.
      const tous = (await recherche.rechercher(k.tous)) as (CandidatRow & { score: number })[];
      for (const r of tous) expect(r.score).toBe(score(k.o, r, sc));
      lignes += tous.length;
      // The best two in SQL are analyser's best two over every row.
      const deux = await recherche.rechercher(k.deux);
      const meilleurs = (rows: CandidatRow[]) =>
        analyser(k.o, rows, k.ex, sc, 2).candidats.map((c) => c.row.jeuneId);
      expect(meilleurs(deux)).toEqual(meilleurs(tous));
      expect(lot[i].map(key).sort()).toEqual(deux.map(key).sort());
    }
    expect(lignes).toBeGreaterThan(10);
  });
});

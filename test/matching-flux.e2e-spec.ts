import { FixedClock } from '@app/core';
import { PropositionsService, PropositionStatut } from '@app/matching';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { createJeune } from './support/jeunes-fixtures';
import { offrePubliee } from './support/matching-fixtures';
import { createTestContext, TestContext } from './support/test-context';
import { waitFor } from './support/wait-for';

const clock = new FixedClock(new Date('2026-12-01T08:00:00Z'));
// No debounce in this file: the re-match after a jeune's change runs at once.
const DEBOUNCE = 'MATCHING_RELANCE_JEUNE_MS';

describe('Matching : de bout en bout, par les événements et le worker', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let previous: string | undefined;
  let n = 0;

  beforeAll(async () => {
    previous = process.env[DEBOUNCE];
    process.env[DEBOUNCE] = '0';
    ctx = await createTestContext({ worker: true, clock, env: { OUTBOX_POLL_MS: '50' } });
    ml = await seedStructure(ctx, 'ml-matching-flux');
  });
  afterAll(async () => {
    await ctx.close();
    if (previous === undefined) delete process.env[DEBOUNCE];
    else process.env[DEBOUNCE] = previous;
  });

  const nouveauJeune = async (fiche: string, over: Record<string, unknown> = {}) => {
    n++;
    const j = await createJeune(ctx, ml.users.conseiller.token, {
      nom: `Flux${n}`,
      email: `flux${n}@example.fr`,
      telephone: `06 12 34 56 ${String(n).padStart(2, '0')}`,
      fichesRome: [fiche],
      experiences: [],
      disponibleLe: null,
      ...over,
    });
    await waitFor(
      async () =>
        (
          await ctx.dataSource.query(
            `SELECT 1 FROM matching_jeunes WHERE jeune_id = $1 AND actif`,
            [j.id],
          )
        ).length > 0,
      { what: 'the jeune in the projection' },
    );
    return j.id as string;
  };
  const actives = (offreId: string) =>
    ctx.api
      .get(PropositionsService)
      .lister(offreId, [PropositionStatut.OUVERTE, PropositionStatut.RETENUE]);

  it('publication → k proposals; a discard → a top-up; a change of criteria → revalidation; closing → all end', async () => {
    const jeunes = [
      await nouveauJeune('G1803'),
      await nouveauJeune('G1803'),
      await nouveauJeune('G1803'),
    ];
    const offre = await offrePubliee(ctx, ml, { codeRome: 'G1803' });
    const first = await waitFor(
      async () => {
        const p = await actives(offre.id);
        return p.length === 2 && p;
      },
      { what: 'two proposals' },
    );
    expect(first.every((p) => jeunes.includes(p.jeuneId))).toBe(true);
    expect(first[0].raisons[0]).toBe('Service en restauration, 1er souhait');

    await ctx.api
      .get(PropositionsService)
      .marquer(first[0].id, PropositionStatut.ECARTEE, { motif: 'profil' });
    const topped = await waitFor(
      async () => {
        const p = await actives(offre.id);
        return p.length === 2 && !p.some((x) => x.jeuneId === first[0].jeuneId) && p;
      },
      { what: 'the top-up proposal' },
    );
    expect(topped.map((p) => p.jeuneId).sort()).toEqual(
      jeunes.filter((j) => j !== first[0].jeuneId).sort(),
    );

    // Another fiche: the open proposals no longer fit and close; nobody wants K2204.
    await ctx
      .http()
      .patch(`/offres/${offre.id}`)
      .set(bearer(ml.users.cre.token))
      .send({ codeRome: 'K2204' })
      .expect(200);
    await waitFor(async () => (await actives(offre.id)).length === 0, { what: 'revalidation' });
    const all = await ctx.api.get(PropositionsService).lister(offre.id);
    expect(all.filter((p) => p.statut === PropositionStatut.FERMEE).map((p) => p.motif)).toEqual([
      "ne correspond plus aux critères de l'offre",
      "ne correspond plus aux critères de l'offre",
    ]);

    await ctx
      .http()
      .patch(`/offres/${offre.id}`)
      .set(bearer(ml.users.cre.token))
      .send({ codeRome: 'G1803' })
      .expect(200);
    // Everyone was already proposed once on this offer: nobody comes back.
    const offre2 = await offrePubliee(ctx, ml, { codeRome: 'G1803', candidatsSouhaites: 1 });
    await waitFor(async () => (await actives(offre2.id)).length === 1, {
      what: 'a proposal on the second offer',
    });
    await ctx
      .http()
      .post(`/offres/${offre2.id}/cloturer`)
      .set(bearer(ml.users.cre.token))
      .send({ motifCloture: 'besoin_disparu' })
      .expect(200);
    await waitFor(async () => (await actives(offre2.id)).length === 0, {
      what: 'closing the proposals',
    });
  });

  it('a jeune who becomes proposable is matched to the open offers near them that lack proposals', async () => {
    const offre = await offrePubliee(ctx, ml, { codeRome: 'M1607', candidatsSouhaites: 1 });
    const jeuneId = await nouveauJeune('M1607');
    const [p] = await waitFor(
      async () => {
        const list = await actives(offre.id);
        return list.length === 1 && list;
      },
      { what: 'the re-match near the new jeune' },
    );
    expect(p.jeuneId).toBe(jeuneId);

    // Hired elsewhere: no longer proposable, the open proposal closes.
    await ctx
      .http()
      .post(`/jeunes/${jeuneId}/statut`)
      .set(bearer(ml.users.conseiller.token))
      .send({ statut: 'en_emploi' })
      .expect(200);
    await waitFor(async () => (await actives(offre.id)).length === 0, {
      what: 'the proposal to close',
    });
  });

  it('anonymising a jeune removes them from the projection and erases their reasons', async () => {
    const offre = await offrePubliee(ctx, ml, { codeRome: 'N4105', candidatsSouhaites: 1 });
    const jeuneId = await nouveauJeune('N4105');
    await waitFor(async () => (await actives(offre.id)).length === 1, { what: 'a proposal' });
    await ctx
      .http()
      .post(`/jeunes/${jeuneId}/anonymiser`)
      .set(bearer(ml.users.admin.token))
      .expect(204);
    await waitFor(
      async () =>
        (await ctx.dataSource.query(`SELECT 1 FROM matching_jeunes WHERE jeune_id = $1`, [jeuneId]))
          .length === 0,
      { what: 'the projection to go' },
    );
    const [p] = await ctx.api.get(PropositionsService).lister(offre.id);
    expect(p).toMatchObject({ statut: 'fermee', raisons: [], detail: {} });
  });
});

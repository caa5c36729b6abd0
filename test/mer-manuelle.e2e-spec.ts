import { FixedClock, JOB, jobId, QUEUE } from '@app/core';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { matchingSansDelai } from './support/mer-env';
import { jeuneMer, merRow } from './support/mer-fixtures';
import { offrePubliee } from './support/matching-fixtures';
import { Employeur, entrepriseWithEmployer } from './support/offres-fixtures';
import { createTestContext, TestContext } from './support/test-context';
import { waitFor } from './support/wait-for';

const clock = new FixedClock(new Date('2026-12-01T09:00:00Z'));

/**
 * Issue 10, point 7: a jeune proposed by hand was closed at the offer's next matching round
 * ("ne correspond plus aux critères de l'offre", criteria unchanged), even right after
 * publication, and its slot given to a matcher proposal. The matcher leaves hand proposals
 * alone and counts them in the offer's k.
 */
describe('Proposition à la main : le matching la laisse et la compte dans k', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let emp: Employeur;
  let matching: Queue;
  const restore = matchingSansDelai();

  beforeAll(async () => {
    ctx = await createTestContext({ worker: true, clock, env: { OUTBOX_POLL_MS: '50' } });
    ml = await seedStructure(ctx, 'ml-manuelle');
    emp = await entrepriseWithEmployer(ctx, ml);
    matching = ctx.api.get<Queue>(getQueueToken(QUEUE.MATCHING));
  });
  afterAll(async () => {
    await matching.resume();
    await ctx.close();
    restore();
  });

  const cre = () => bearer(ml.users.cre.token);
  const propositions = async (offreId: string) =>
    (await ctx.dataSource.query(
      `SELECT id, jeune_id, statut, origine, motif FROM propositions WHERE offre_id = $1`,
      [offreId],
    )) as { id: string; jeune_id: string; statut: string; origine: string; motif: string }[];
  /** Waits for a matching job to end (re-fetched: a job read earlier is a stale snapshot). */
  const termine = (id: string) =>
    waitFor(async () => (await (await matching.getJob(id))?.getState()) === 'completed', {
      what: `job ${id} completed`,
    });

  it('proposed by hand right after publication, outside the filters: kept through rounds and inactivity, counted in k', async () => {
    const jeunes = [];
    for (let i = 0; i < 3; i++) jeunes.push((await jeuneMer(ctx, ml, ['G1803'])).id);
    // Wants another trade, far from the matcher's filters for this offer: only a CRE proposes them.
    const aLaMain = await jeuneMer(ctx, ml, ['K2204']);

    // The publication's matching job waits (queue paused) while the CRE proposes by hand.
    await matching.pause();
    const offre = await offrePubliee(ctx, ml, {
      entrepriseId: emp.entrepriseId,
      codeRome: 'G1803',
      titre: 'Serveur en salle',
    });
    const publication = jobId(JOB.MATCH_OFFRE, offre.id, 'v1');
    await waitFor(() => matching.getJob(publication), { what: 'the publication job queued' });
    const res = await ctx
      .http()
      .post('/mises-en-relation')
      .set(cre())
      .send({ offreId: offre.id, jeuneId: aLaMain.id, commentaire: 'Connaît le service' })
      .expect(201);
    expect(res.body).toMatchObject({ statut: 'proposee', origine: 'cre' });
    await matching.resume();
    await termine(publication);

    // k = 2: the hand proposal and one from the matcher; the hand one untouched.
    let props = await propositions(offre.id);
    const main = props.find((p) => p.origine === 'cre')!;
    expect(main).toMatchObject({
      jeune_id: aLaMain.id,
      statut: 'ouverte',
      motif: 'Connaît le service',
    });
    const duMatcher = props.filter((p) => p.origine === 'matcher');
    expect(duMatcher).toHaveLength(1);
    expect(jeunes).toContain(duMatcher[0].jeune_id);

    // Next round, criteria unchanged: the CRE discards the matcher's candidate, the offer is
    // topped up with another one, and the hand proposal still holds its slot.
    const merMatcher = await waitFor(
      async () =>
        (
          await ctx.dataSource.query(`SELECT id FROM mises_en_relation WHERE proposition_id = $1`, [
            duMatcher[0].id,
          ])
        )[0],
      { what: "the matcher proposal's MER" },
    );
    await ctx
      .http()
      .post(`/mises-en-relation/${merMatcher.id}/ecarter`)
      .set(cre())
      .send({ motif: 'profil' })
      .expect(200);
    await termine(jobId(JOB.MATCH_OFFRE, offre.id, 'v1', `complement-${duMatcher[0].id}`));
    props = await propositions(offre.id);
    expect(props.filter((p) => ['ouverte', 'retenue'].includes(p.statut))).toHaveLength(2);
    expect(props.find((p) => p.id === main.id)).toMatchObject({
      statut: 'ouverte',
      motif: 'Connaît le service',
    });
    expect(props.filter((p) => p.origine === 'matcher' && p.statut === 'ouverte')).toHaveLength(1);
    expect((await merRow(ctx, res.body.id)).statut).toBe('proposee');

    // The jeune leaves the matcher's projection (found a job on their own): the matcher closes
    // its own open proposals of that jeune, not the CRE's.
    await ctx
      .http()
      .post(`/jeunes/${aLaMain.id}/statut`)
      .set(bearer(ml.users.conseiller.token))
      .send({ statut: 'en_emploi' })
      .expect(200);
    await waitFor(
      async () =>
        (
          await ctx.dataSource.query(
            `SELECT 1 FROM matching_jeunes WHERE jeune_id = $1 AND NOT actif`,
            [aLaMain.id],
          )
        ).length > 0,
      { what: 'the jeune inactive in the projection' },
    );
    expect((await propositions(offre.id)).find((p) => p.id === main.id)!.statut).toBe('ouverte');
    expect((await merRow(ctx, res.body.id)).statut).toBe('proposee');
  });
});

import { FixedClock, QUEUE } from '@app/core';
import { PropositionsVersMer1795500000000 } from '../libs/core/src/database/migrations/1795500000000-PropositionsVersMer';
import { MatchingService } from '@app/matching';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { matchingSansDelai } from './support/mer-env';
import { jeuneMer } from './support/mer-fixtures';
import { offrePubliee } from './support/matching-fixtures';
import { Employeur, entrepriseWithEmployer } from './support/offres-fixtures';
import { createTestContext, TestContext } from './support/test-context';
import { waitFor } from './support/wait-for';

const clock = new FixedClock(new Date('2026-12-01T09:00:00Z'));

/**
 * Issue 10, point 8: MERs were created lazily, by the CRE's GET of the screening queue (a read
 * that wrote rows) or by a 15-minute sweep, and the MER service re-implemented the proposals'
 * transitions. Now: the matcher records `proposition.creee` with each proposal (outbox), the
 * MER module reacts; a proposal the matcher ends on its own ends its MER the same way.
 */
describe('Du matching aux mises en relation : un passage de relais par événements', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let emp: Employeur;
  let events: Queue;
  const restore = matchingSansDelai();

  beforeAll(async () => {
    ctx = await createTestContext({ worker: true, clock, env: { OUTBOX_POLL_MS: '50' } });
    ml = await seedStructure(ctx, 'ml-relais');
    emp = await entrepriseWithEmployer(ctx, ml);
    events = ctx.api.get<Queue>(getQueueToken(QUEUE.EVENTS));
  });
  afterAll(async () => {
    await events.resume();
    await ctx.close();
    restore();
  });

  const cre = () => bearer(ml.users.cre.token);
  /** MERs by proposal, read in the database (no API read involved). */
  const mers = async (offreId: string) =>
    (await ctx.dataSource.query(
      `SELECT m.id, m.statut, m.motif, m.proposition_id, p.statut AS proposition,
         (SELECT count(*)::int FROM mer_transitions t WHERE t.mer_id = m.id) AS logs
       FROM propositions p LEFT JOIN mises_en_relation m ON m.proposition_id = p.id
       WHERE p.offre_id = $1 ORDER BY p.created_at, p.id`,
      [offreId],
    )) as {
      id: string | null;
      statut: string | null;
      motif: string | null;
      proposition: string;
      logs: number;
    }[];
  const aExaminer = async (offreId: string) =>
    (
      await ctx
        .http()
        .get(`/mises-en-relation/a-examiner?offreId=${offreId}`)
        .set(cre())
        .expect(200)
    ).body.items as { id: string }[];

  it('each proposal becomes a MER from its event, with no read; criteria changed: the MERs end with the proposals', async () => {
    await jeuneMer(ctx, ml, ['G1803']);
    await jeuneMer(ctx, ml, ['G1803']);
    const offre = await offrePubliee(ctx, ml, {
      entrepriseId: emp.entrepriseId,
      codeRome: 'G1803',
      titre: 'Chef de rang',
    });
    const crees = await waitFor(
      async () => {
        const rows = await mers(offre.id);
        return rows.length === 2 && rows.every((r) => r.statut === 'proposee') && rows;
      },
      { what: 'two MERs created from the proposals' },
    );
    expect(crees.every((r) => r.logs === 1 && r.proposition === 'ouverte')).toBe(true);

    // Another trade nobody wants: the matcher closes its proposals, the MERs follow at once.
    await ctx
      .http()
      .patch(`/offres/${offre.id}`)
      .set(cre())
      .send({ codeRome: 'K2204' })
      .expect(200);
    const fermees = await waitFor(
      async () => {
        const rows = await mers(offre.id);
        return rows.every((r) => r.statut === 'annulee') && rows;
      },
      { what: 'the MERs to end with their proposals' },
    );
    for (const r of fermees) {
      expect(r).toMatchObject({
        proposition: 'fermee',
        motif: "ne correspond plus aux critères de l'offre",
        logs: 2,
      });
    }
    expect(await aExaminer(offre.id)).toEqual([]);
  });

  it('reading the screening queue writes nothing; the event, once handled, does', async () => {
    await jeuneMer(ctx, ml, ['N1103']);
    await jeuneMer(ctx, ml, ['N1103']);
    // The MER module's events wait (queue paused): proposals exist, their MERs not yet.
    await events.pause();
    const offre = await offrePubliee(ctx, ml, {
      entrepriseId: emp.entrepriseId,
      codeRome: 'N1103',
      titre: 'Préparateur de commandes',
    });
    await ctx.worker!.get(MatchingService).apparier([offre.id]);
    expect((await mers(offre.id)).map((r) => r.id)).toEqual([null, null]);
    const [{ n: avant }] = await ctx.dataSource.query(
      `SELECT (SELECT count(*) FROM mises_en_relation) + (SELECT count(*) FROM mer_transitions) AS n`,
    );

    expect(await aExaminer(offre.id)).toEqual([]);
    const [{ n: apres }] = await ctx.dataSource.query(
      `SELECT (SELECT count(*) FROM mises_en_relation) + (SELECT count(*) FROM mer_transitions) AS n`,
    );
    expect(apres).toBe(avant);
    expect((await mers(offre.id)).map((r) => r.id)).toEqual([null, null]);

    await events.resume();
    await waitFor(async () => (await aExaminer(offre.id)).length === 2, {
      what: 'the MERs once the events are handled',
    });
  });

  it('one source of truth: a MER cannot be kept once the matcher closed its proposal, and then ends', async () => {
    await jeuneMer(ctx, ml, ['D1507']);
    const offre = await offrePubliee(ctx, ml, {
      entrepriseId: emp.entrepriseId,
      codeRome: 'D1507',
      titre: 'Vendeur en boulangerie',
      candidatsSouhaites: 1,
    });
    const [mer] = await waitFor(
      async () => {
        const rows = await mers(offre.id);
        return rows.length === 1 && rows[0].statut === 'proposee' && rows;
      },
      { what: 'the MER' },
    );
    // The criteria change and the matcher's round run before the MER module hears of it.
    await events.pause();
    await ctx
      .http()
      .patch(`/offres/${offre.id}`)
      .set(cre())
      .send({ codeRome: 'M1607' })
      .expect(200);
    await ctx.worker!.get(MatchingService).apparier([offre.id]);
    expect((await mers(offre.id))[0]).toMatchObject({ statut: 'proposee', proposition: 'fermee' });

    const refus = await ctx
      .http()
      .post(`/mises-en-relation/${mer.id}/retenir`)
      .set(cre())
      .send({})
      .expect(409);
    expect(refus.body).toMatchObject({
      code: 'PROPOSITION_TRANSITION_INTERDITE',
      statut: 'fermee',
    });
    // Nothing half done: the MER is still `proposee`, no message to the jeune.
    expect((await mers(offre.id))[0]).toMatchObject({ statut: 'proposee', logs: 1 });
    const [{ n }] = await ctx.dataSource.query(
      `SELECT count(*)::int AS n FROM messages WHERE event LIKE '%' || $1`,
      [mer.id],
    );
    expect(n).toBe(0);

    await events.resume();
    await waitFor(async () => (await mers(offre.id))[0].statut === 'annulee', {
      what: 'the MER to end',
    });
  });

  it('the upgrade: open proposals made before this version (no event) get their MER from the data migration', async () => {
    await jeuneMer(ctx, ml, ['I1604']);
    await events.pause();
    const offre = await offrePubliee(ctx, ml, {
      entrepriseId: emp.entrepriseId,
      codeRome: 'I1604',
      titre: 'Mécanicien',
      candidatsSouhaites: 1,
    });
    await ctx.worker!.get(MatchingService).apparier([offre.id]);
    // As if written by the previous version: the proposal without its event (the row first:
    // a relay in flight holds it, then its job is in the queue).
    await ctx.dataSource.query(
      `DELETE FROM outbox_events WHERE type = 'proposition.creee' AND aggregate_id = $1`,
      [offre.id],
    );
    for (const job of await events.getJobs(['waiting', 'paused', 'delayed'])) {
      if (job.name === 'proposition.creee' && job.data.offreId === offre.id) await job.remove();
    }
    await events.resume();
    expect((await mers(offre.id)).map((r) => r.id)).toEqual([null]);
    await ctx.dataSource.transaction((m) =>
      new PropositionsVersMer1795500000000().up(m.queryRunner!),
    );
    await waitFor(async () => (await mers(offre.id))[0]?.statut === 'proposee', {
      what: 'the MER from the migrated event',
    });
  });
});

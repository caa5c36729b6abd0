import { FixedClock } from '@app/core';
import { Client } from 'pg';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { matchingSansDelai } from './support/mer-env';
import { aExaminer, jeuneMer, merRow } from './support/mer-fixtures';
import { offrePubliee } from './support/matching-fixtures';
import { Employeur, entrepriseWithEmployer } from './support/offres-fixtures';
import { createTestContext, TestContext } from './support/test-context';
import { waitFor } from './support/wait-for';

const clock = new FixedClock(new Date('2026-12-01T09:00:00Z'));

/**
 * Issue 10, point 6: during a database blip `POST /mises-en-relation/tri` answered 500 after some
 * of its lines had committed. Each line is now applied whole or not at all, and gets its own
 * result: the caller sends again exactly the lines marked `reessayable`.
 */
describe('Tri en lot : une coupure de la base au milieu du lot', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let emp: Employeur;
  const restore = matchingSansDelai();

  beforeAll(async () => {
    ctx = await createTestContext({ worker: true, clock, env: { OUTBOX_POLL_MS: '50' } });
    ml = await seedStructure(ctx, 'ml-tri-lot');
    emp = await entrepriseWithEmployer(ctx, ml);
  });
  afterAll(async () => {
    await ctx.close();
    restore();
  });

  const cre = () => bearer(ml.users.cre.token);
  const trier = (body: object) => ctx.http().post('/mises-en-relation/tri').set(cre()).send(body);

  /** What a line left behind: the MER, its proposal, its log rows, its messages. */
  async function traces(merId: string) {
    const mer = await merRow(ctx, merId);
    const [p] = await ctx.dataSource.query(`SELECT statut FROM propositions WHERE id = $1`, [
      mer.proposition_id,
    ]);
    const [{ logs }] = await ctx.dataSource.query(
      `SELECT count(*)::int AS logs FROM mer_transitions WHERE mer_id = $1`,
      [merId],
    );
    const [{ messages }] = await ctx.dataSource.query(
      `SELECT count(*)::int AS messages FROM messages WHERE event LIKE '%' || $1`,
      [merId],
    );
    return { statut: mer.statut, proposition: p.statut, logs, messages };
  }

  it('the backend of the request is terminated on the 2nd line: lines 1 and 3 applied, line 2 untouched and to send again', async () => {
    for (let i = 0; i < 3; i++) await jeuneMer(ctx, ml, ['G1803']);
    const offre = await offrePubliee(ctx, ml, {
      entrepriseId: emp.entrepriseId,
      codeRome: 'G1803',
      titre: 'Serveur en terrasse',
      candidatsSouhaites: 3,
    });
    const [a, b, c] = (await aExaminer(ctx, ml, offre.id, 3)).map((m: any) => m.id as string);

    // Another session holds line 2's MER: the request's transaction waits on it, mid-batch.
    const holder = new Client({ connectionString: ctx.db.url });
    holder.on('error', () => undefined);
    await holder.connect();
    let res;
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM mises_en_relation WHERE id = $1 FOR UPDATE', [b]);
      const {
        rows: [{ holderPid }],
      } = await holder.query('SELECT pg_backend_pid() AS "holderPid"');
      const pending = trier({ retenir: [a, b, c] }).then((r) => r);
      const [{ pid }] = await waitFor(
        async () => {
          const rows: { pid: number }[] = await ctx.dataSource.query(
            `SELECT pid FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))`,
            [holderPid],
          );
          return rows.length > 0 && rows;
        },
        { what: 'the request waiting on line 2' },
      );
      // Line 1 has committed by now; the database drops the connection of line 2.
      expect((await traces(a)).statut).toBe('retenue');
      await ctx.dataSource.query('SELECT pg_terminate_backend($1)', [pid]);
      await holder.query('ROLLBACK');
      res = await pending;
    } finally {
      await holder.end();
    }

    expect(res.status).toBe(207);
    expect(res.body).toMatchObject({ appliquees: 2, refusees: 0, aRenvoyer: 1 });
    expect(res.body.resultats).toEqual([
      { id: a, action: 'retenir', ok: true, statut: 'retenue' },
      {
        id: b,
        action: 'retenir',
        ok: false,
        erreur: {
          code: 'SERVICE_UNAVAILABLE',
          status: 503,
          detail: expect.stringMatching(/renvoyez-la/),
          reessayable: true,
          statut: 'proposee',
        },
      },
      { id: c, action: 'retenir', ok: true, statut: 'retenue' },
    ]);
    // Line 2 left nothing behind: MER, proposal, log and messages as before the batch.
    expect(await traces(b)).toEqual({
      statut: 'proposee',
      proposition: 'ouverte',
      logs: 1,
      messages: 0,
    });
    for (const id of [a, c]) {
      const t = await traces(id);
      expect(t).toMatchObject({ statut: 'retenue', proposition: 'retenue', logs: 2 });
      expect(t.messages).toBeGreaterThan(0);
    }

    // The caller acts on the result: it sends line 2 again, and only line 2.
    const again = await trier({ retenir: [b] }).expect(200);
    expect(again.body.resultats).toEqual([
      { id: b, action: 'retenir', ok: true, statut: 'retenue' },
    ]);
    expect(await traces(b)).toMatchObject({ statut: 'retenue', proposition: 'retenue', logs: 2 });
  });

  it('a refused line is its own 409 result; the others are applied (207); bad input is a 400 naming the field', async () => {
    await jeuneMer(ctx, ml, ['K2204']);
    await jeuneMer(ctx, ml, ['K2204']);
    const offre = await offrePubliee(ctx, ml, {
      entrepriseId: emp.entrepriseId,
      codeRome: 'K2204',
      titre: 'Agent de propreté',
    });
    const [x, y] = (await aExaminer(ctx, ml, offre.id, 2)).map((m: any) => m.id as string);
    await ctx.http().post(`/mises-en-relation/${x}/retenir`).set(cre()).send({}).expect(200);

    const res = await trier({ retenir: [x], ecarter: [{ id: y, motif: 'profil' }] }).expect(207);
    expect(res.body).toMatchObject({ appliquees: 1, refusees: 1, aRenvoyer: 0 });
    expect(res.body.resultats).toEqual([
      {
        id: x,
        action: 'retenir',
        ok: false,
        erreur: {
          code: 'MER_TRANSITION_INTERDITE',
          status: 409,
          detail: expect.any(String),
          reessayable: false,
          statut: 'retenue',
        },
      },
      { id: y, action: 'ecarter', ok: true, statut: 'ecartee' },
    ]);

    const bad = await trier({ ecarter: [{ id: y, motif: 'inconnu' }] }).expect(400);
    expect(bad.body.code).toBe('VALIDATION');
    expect(JSON.stringify(bad.body)).toMatch(/motif/);
  });
});

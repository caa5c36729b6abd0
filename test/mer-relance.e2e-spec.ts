import { FixedClock } from '@app/core';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { matchingSansDelai } from './support/mer-env';
import { aExaminer, jeuneMer, lien, merRow } from './support/mer-fixtures';
import { offrePubliee } from './support/matching-fixtures';
import { Employeur, entrepriseWithEmployer } from './support/offres-fixtures';
import { createTestContext, TestContext } from './support/test-context';
import { waitFor } from './support/wait-for';

const clock = new FixedClock(new Date('2026-12-01T09:00:00Z'));

/**
 * Issue 14 (CRE workspace): the screening queue says what each line is about, the CRE reminds
 * an employer (once a day at most, a repeat sends nothing), and reads the MER's messages.
 */
describe('Mises en relation : file de tri, relance de l’employeur par le CRE, messages', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let emp: Employeur;
  const restore = matchingSansDelai();

  beforeAll(async () => {
    ctx = await createTestContext({ worker: true, clock, env: { OUTBOX_POLL_MS: '50' } });
    ml = await seedStructure(ctx, 'ml-relance');
    emp = await entrepriseWithEmployer(ctx, ml);
  });
  afterAll(async () => {
    await ctx.close();
    restore();
  });

  const cre = () => bearer(ml.users.cre.token);
  const relancesEnvoyees = async (merId: string) =>
    Number(
      (
        await ctx.dataSource.query(
          `SELECT count(*) AS n FROM messages WHERE event LIKE 'mer.relance-employeur:' || $1 || '%'`,
          [merId],
        )
      )[0].n,
    );

  it('queue with names and score; reminder refused before the employer has the candidate, then sent once per 24 h; the messages of the MER', async () => {
    const jeune = await jeuneMer(ctx, ml, ['G1803']);
    const offre = await offrePubliee(ctx, ml, {
      entrepriseId: emp.entrepriseId,
      codeRome: 'G1803',
      titre: 'Serveur en terrasse',
    });
    const [mer] = await aExaminer(ctx, ml, offre.id, 1);
    // What the CRE needs to decide, on the line itself.
    expect(mer).toMatchObject({
      jeuneId: jeune.id,
      offreTitre: 'Serveur en terrasse',
      entrepriseNom: expect.stringMatching(/^Entreprise \d+$/),
      jeune: { prenom: expect.stringMatching(/^Prenom/), nom: expect.stringMatching(/^Mer/) },
      alerteEntreprise: false,
      derniereRelance: null,
    });
    expect(mer.score).toBeGreaterThan(0);
    expect(mer.raisons.length).toBeGreaterThan(0);
    expect(Object.keys(mer.detail).length).toBeGreaterThan(0);

    // Nothing to remind yet: a 409 in French, with the status.
    const tot = await ctx.http().post(`/mises-en-relation/${mer.id}/relancer`).set(cre());
    expect(tot.status).toBe(409);
    expect(tot.body).toMatchObject({ code: 'MER_TRANSITION_INTERDITE', statut: 'proposee' });
    expect(tot.body.detail).toContain(
      "On ne relance l'employeur que lorsque sa réponse est attendue",
    );
    // Unknown, malformed, wrong role.
    const inconnue = await ctx
      .http()
      .post('/mises-en-relation/00000000-0000-4000-8000-000000000000/relancer')
      .set(cre());
    expect(inconnue.status).toBe(404);
    expect(inconnue.body.detail).toBe('La mise en relation est introuvable.');
    await ctx.http().post('/mises-en-relation/pas-un-id/relancer').set(cre()).expect(400);
    await ctx
      .http()
      .post(`/mises-en-relation/${mer.id}/relancer`)
      .set(bearer(ml.users.conseiller.token))
      .expect(403);

    // Kept, accepted through the jeune's link: the employer has the candidate.
    await ctx.http().post(`/mises-en-relation/${mer.id}/retenir`).set(cre()).send({}).expect(200);
    const propo = await ctx.smtp.waitForMail((m) => m.to.includes(jeune.email));
    await ctx
      .http()
      .post(lien(propo.text, 'mer/jeune'))
      .type('form')
      .send({ reponse: 'oui' })
      .expect(200);
    expect((await merRow(ctx, mer.id)).statut).toBe('transmise_employeur');

    clock.advanceDays(2);
    const premiere = await ctx
      .http()
      .post(`/mises-en-relation/${mer.id}/relancer`)
      .set(cre())
      .expect(200);
    expect(premiere.body).toMatchObject({
      envoyee: true,
      derniereRelance: { origine: 'manuelle', byUserId: ml.users.cre.id },
    });
    const rappel = await ctx.smtp.waitForMail(
      (m) => m.to.includes(emp.email) && /^Rappel : un candidat/.test(m.subject),
    );
    expect(rappel.text).toContain('Serveur en terrasse');

    // A double click, or another CRE the same day: the same reminder, no second email.
    const encore = await ctx
      .http()
      .post(`/mises-en-relation/${mer.id}/relancer`)
      .set(bearer(ml.users.admin.token))
      .expect(200);
    expect(encore.body).toEqual({ ...premiere.body, envoyee: false });
    expect(new Date(encore.body.prochainePossible).getTime()).toBe(
      clock.now().getTime() + 24 * 3_600_000,
    );
    expect(await relancesEnvoyees(mer.id)).toBe(1);

    // The list of introductions waiting on an employer shows the last reminder.
    const attente = await ctx
      .http()
      .get('/mises-en-relation?attente=employeur')
      .set(cre())
      .expect(200);
    expect(attente.body.find((x: any) => x.id === mer.id).derniereRelance).toMatchObject({
      origine: 'manuelle',
      at: premiere.body.derniereRelance.at,
    });

    // A day later, a new reminder goes.
    clock.advanceDays(1.1);
    const suivante = await ctx
      .http()
      .post(`/mises-en-relation/${mer.id}/relancer`)
      .set(cre())
      .expect(200);
    expect(suivante.body.envoyee).toBe(true);
    expect(suivante.body.derniereRelance.at).not.toBe(premiere.body.derniereRelance.at);
    await waitFor(async () => (await relancesEnvoyees(mer.id)) === 2, {
      what: 'the second reminder',
    });

    // The MER's messages, oldest first; a CRE never reads the jeune's address.
    const messages = await ctx
      .http()
      .get(`/mises-en-relation/${mer.id}/messages`)
      .set(cre())
      .expect(200);
    const templates = messages.body.map((m: any) => m.template);
    expect(templates).toEqual(expect.arrayContaining(['mer_proposition', 'mer_candidat']));
    expect(templates.filter((t: string) => t === 'mer_candidat').length).toBeGreaterThanOrEqual(3);
    const auJeune = messages.body.filter((m: any) => m.destinataireType === 'jeune');
    expect(auJeune.length).toBeGreaterThan(0);
    expect(auJeune.every((m: any) => m.adresse === null)).toBe(true);
    expect(JSON.stringify(messages.body)).not.toContain(jeune.email);
    const dates = messages.body.map((m: any) => m.creeLe);
    expect([...dates].sort()).toEqual(dates);
    // Another structure's staff: not found.
    const autre = await seedStructure(ctx, 'ml-relance-autre');
    await ctx
      .http()
      .get(`/mises-en-relation/${mer.id}/messages`)
      .set(bearer(autre.users.cre.token))
      .expect(404);
  }, 120_000);

  it('the queue one page at a time, oldest first, with the counts per offer over all of it', async () => {
    const ml2 = await seedStructure(ctx, 'ml-file-pages');
    const offres = [];
    for (const [codeRome, titre] of [
      ['G1803', 'Commis de salle'],
      ['K2204', 'Agent de propreté'],
    ]) {
      for (let i = 0; i < 2; i++) await jeuneMer(ctx, ml2, [codeRome]);
      offres.push(await offrePubliee(ctx, ml2, { codeRome, titre }));
    }
    // The matcher proposes two jeunes per offer here (its cap).
    for (const o of offres) await aExaminer(ctx, ml2, o.id, 2);
    const get = async (query: string, status = 200) =>
      (
        await ctx
          .http()
          .get(`/mises-en-relation/a-examiner?${query}`)
          .set(bearer(ml2.users.cre.token))
          .expect(status)
      ).body;
    const p1 = await get('parPage=3');
    const p2 = await get('parPage=3&page=2');
    expect(p1).toMatchObject({ total: 4, toutes: 4, page: 1, parPage: 3 });
    expect(p1.items).toHaveLength(3);
    expect(p2.items).toHaveLength(1);
    const dates = [...p1.items, ...p2.items].map((m: { createdAt: string }) => m.createdAt);
    expect(dates).toEqual([...dates].sort());
    expect(new Set([...p1.items, ...p2.items].map((m: { id: string }) => m.id)).size).toBe(4);
    expect(p1.parOffre).toEqual([
      expect.objectContaining({ offreId: offres[1].id, offreTitre: 'Agent de propreté', n: 2 }),
      expect.objectContaining({ offreId: offres[0].id, offreTitre: 'Commis de salle', n: 2 }),
    ]);
    // The offer filter on the server: its own total, the counters still over the whole queue.
    const filtre = await get(`offreId=${offres[1].id}&parPage=1&page=2`);
    expect(filtre).toMatchObject({ total: 2, toutes: 4 });
    expect(filtre.items.map((m: { offreId: string }) => m.offreId)).toEqual([offres[1].id]);
    await get('page=100001', 400);
  }, 120_000);
});

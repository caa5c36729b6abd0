import { FixedClock } from '@app/core';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { matchingSansDelai } from './support/mer-env';
import { aExaminer, balayer, jeuneMer, lien, merRow } from './support/mer-fixtures';
import { offrePubliee } from './support/matching-fixtures';
import { Employeur, entrepriseWithEmployer } from './support/offres-fixtures';
import { createTestContext, TestContext } from './support/test-context';
import { waitFor } from './support/wait-for';

const START = new Date('2026-12-01T09:00:00Z');
const clock = new FixedClock(START);
const HOUR = 3_600_000;
const at = (hours: number) => clock.set(new Date(START.getTime() + hours * HOUR));

describe('Mises en relation : relances, délais, droits, transitions interdites', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let e1: Employeur;
  let e2: Employeur;
  const restore = matchingSansDelai();

  beforeAll(async () => {
    ctx = await createTestContext({ worker: true, clock, env: { OUTBOX_POLL_MS: '50' } });
    ml = await seedStructure(ctx, 'ml-mer-delais');
    e1 = await entrepriseWithEmployer(ctx, ml);
    e2 = await entrepriseWithEmployer(ctx, ml);
  });
  afterAll(async () => {
    await ctx.close();
    restore();
  });
  beforeEach(() => at(0));

  const cre = () => bearer(ml.users.cre.token);
  const mails = (to: string, subject: RegExp) =>
    ctx.smtp.mails.filter((m) => m.to.includes(to) && subject.test(m.subject));
  const mail = (to: string, subject: RegExp) =>
    ctx.smtp.waitForMail((m) => m.to.includes(to) && subject.test(m.subject));

  /** One jeune on a fresh offer of its own fiche, kept by the CRE; returns the MER and the jeune's link. */
  async function retenue(fiche: string, titre: string, employeur = e1) {
    const j = await jeuneMer(ctx, ml, [fiche]);
    const offre = await offrePubliee(ctx, ml, {
      entrepriseId: employeur.entrepriseId,
      codeRome: fiche,
      titre,
    });
    // Others of the same domain may be proposed too: keep this jeune's.
    const mer = await waitFor(
      async () => (await aExaminer(ctx, ml, offre.id)).find((m: any) => m.jeuneId === j.id),
      {
        what: "the jeune's proposal",
      },
    );
    await ctx.http().post(`/mises-en-relation/${mer.id}/retenir`).set(cre()).send({}).expect(200);
    const propo = await mail(j.email, new RegExp(titre));
    return { j, offre, mer, lienJeune: lien(propo.text, 'mer/jeune') };
  }

  it('le jeune sans réponse : relance à 48 h, sans_reponse_jeune à 5 jours, puis lien expiré', async () => {
    const { j, mer, lienJeune } = await retenue('K2204', 'Agent de propreté');
    at(47);
    await balayer(ctx);
    expect(mails(j.email, /Rappel/)).toHaveLength(0);
    at(49);
    await balayer(ctx);
    await mail(j.email, /Rappel/);
    await balayer(ctx);
    expect((await merRow(ctx, mer.id)).relances).toBe(1);
    at(5 * 24 + 1);
    await balayer(ctx);
    await waitFor(async () => (await merRow(ctx, mer.id)).statut === 'sans_reponse_jeune', {
      what: 'sans_reponse_jeune',
    });
    const [p] = await ctx.dataSource.query(`SELECT statut FROM propositions WHERE id = $1`, [
      mer.propositionId ?? (await merRow(ctx, mer.id)).proposition_id,
    ]);
    expect(p.statut).toBe('sans_reponse');
    // The link still opens, shows the status, changes nothing.
    expect((await ctx.http().get(lienJeune).expect(200)).text).toContain('sans réponse du jeune');
    await ctx.http().post(lienJeune).type('form').send({ reponse: 'oui' }).expect(409);
    at(15 * 24);
    expect((await ctx.http().get(lienJeune).expect(410)).text).toContain('expiré');
  });

  it("l'employeur sans réponse : relances à 7 et 14 jours, puis sans_reponse_employeur et le CRE doit appeler", async () => {
    const { mer, lienJeune } = await retenue('N1103', 'Préparateur de commandes');
    await ctx.http().post(lienJeune).type('form').send({ reponse: 'oui' }).expect(200);
    await mail(e1.email, /Préparateur de commandes/);
    at(6 * 24);
    await balayer(ctx);
    expect(mails(e1.email, /Rappel.*Préparateur/)).toHaveLength(0);
    at(7 * 24 + 1);
    await balayer(ctx);
    await waitFor(() => mails(e1.email, /Rappel.*Préparateur/).length === 1, {
      what: 'first reminder',
    });
    at(14 * 24 + 1);
    await balayer(ctx);
    await waitFor(() => mails(e1.email, /Rappel.*Préparateur/).length === 2, {
      what: 'second reminder',
    });
    at(21 * 24 + 1);
    await balayer(ctx);
    await waitFor(async () => (await merRow(ctx, mer.id)).statut === 'sans_reponse_employeur', {
      what: 'sans_reponse_employeur',
    });
    await mail(ml.users.cre.email, /À appeler/);
    // The CRE called: records the answer; then anything else is a 409 with the status.
    await ctx
      .http()
      .post(`/mises-en-relation/${mer.id}/reponse-employeur`)
      .set(cre())
      .send({ resultat: 'non_retenue', motif: 'absence_entretien' })
      .expect(200);
    const refus = await ctx
      .http()
      .post(`/mises-en-relation/${mer.id}/ecarter`)
      .set(cre())
      .send({ motif: 'profil' })
      .expect(409);
    expect(refus.body).toMatchObject({ code: 'MER_TRANSITION_INTERDITE', statut: 'non_retenue' });
    const desist = await ctx
      .http()
      .post(`/mises-en-relation/${mer.id}/desister`)
      .set(cre())
      .send({ motif: 'autre' })
      .expect(409);
    expect(desist.body.statut).toBe('non_retenue');
  });

  it('le jeune décline avec un motif ; un autre structure ne voit rien ; une offre close annule', async () => {
    const { mer, lienJeune, offre } = await retenue('D1507', 'Vendeur en boulangerie');
    expect((await ctx.http().get(`${lienJeune}?choix=non`).expect(200)).text).toContain(
      'Pas pour moi : pourquoi ?',
    );
    await ctx.http().post(lienJeune).type('form').send({ reponse: 'non' }).expect(400);
    await ctx
      .http()
      .post(lienJeune)
      .type('form')
      .send({ reponse: 'non', motif: 'horaires', commentaire: 'Je travaille le soir' })
      .expect(200);
    expect(await merRow(ctx, mer.id)).toMatchObject({
      statut: 'declinee_jeune',
      motif_code: 'horaires',
      motif: 'Je travaille le soir',
    });

    const ml2 = await seedStructure(ctx, 'ml-mer-autre');
    await ctx
      .http()
      .get(`/mises-en-relation/${mer.id}`)
      .set(bearer(ml2.users.cre.token))
      .expect(404);
    await ctx
      .http()
      .post(`/mises-en-relation/${mer.id}/retenir`)
      .set(bearer(ml2.users.cre.token))
      .send({})
      .expect(404);
    const listed = await ctx
      .http()
      .get(`/mises-en-relation?offreId=${offre.id}`)
      .set(bearer(ml2.users.cre.token))
      .expect(200);
    expect(listed.body).toEqual([]);

    // The offer closes: its open MERs end `annulee`, the jeune told.
    const other = await retenue('G1603', 'Équipier polyvalent', e2);
    await ctx
      .http()
      .post(`/offres/${other.offre.id}/cloturer`)
      .set(cre())
      .send({ motifCloture: 'besoin_disparu', motif: 'Plus de besoin' })
      .expect((r) => expect(r.status).toBeLessThan(300));
    await waitFor(async () => (await merRow(ctx, other.mer.id)).statut === 'annulee', {
      what: 'annulee',
    });
    await mail(other.j.email, /n’est plus disponible/);
  });

  it('deux clics « recrutée » en même temps, deux employeurs qui recrutent le même jeune : un seul recrutement', async () => {
    const j = await jeuneMer(ctx, ml, ['I1604']);
    const x = await offrePubliee(ctx, ml, {
      entrepriseId: e1.entrepriseId,
      codeRome: 'I1604',
      titre: 'Mécanicien X',
      nombrePostes: 1,
    });
    const y = await offrePubliee(ctx, ml, {
      entrepriseId: e2.entrepriseId,
      codeRome: 'I1604',
      titre: 'Mécanicien Y',
      nombrePostes: 1,
    });
    const [mx] = await aExaminer(ctx, ml, x.id, 1);
    const [my] = await aExaminer(ctx, ml, y.id, 1);
    for (const m of [mx, my])
      await ctx.http().post(`/mises-en-relation/${m.id}/retenir`).set(cre()).send({}).expect(200);
    for (const t of ['Mécanicien X', 'Mécanicien Y']) {
      const l = lien((await mail(j.email, new RegExp(t))).text, 'mer/jeune');
      await ctx.http().post(l).type('form').send({ reponse: 'oui' }).expect(200);
    }
    const body = {
      resultat: 'recrutee',
      typeContrat: 'CDI',
      dateDebut: '2026-12-20',
      heuresHebdo: 35,
    };
    const twice = await Promise.all([
      ctx
        .http()
        .post(`/mises-en-relation/${mx.id}/reponse-employeur`)
        .set(bearer(e1.token))
        .send(body),
      ctx
        .http()
        .post(`/mises-en-relation/${mx.id}/reponse-employeur`)
        .set(bearer(e1.token))
        .send(body),
      ctx
        .http()
        .post(`/mises-en-relation/${my.id}/reponse-employeur`)
        .set(bearer(e2.token))
        .send(body),
    ]);
    expect(twice.map((r) => r.status).sort()).toEqual([200, 409, 409].sort());
    const [{ n }] = await ctx.dataSource.query(
      `SELECT count(*)::int AS n FROM mises_en_relation WHERE jeune_id = $1 AND statut = 'recrutee'`,
      [j.id],
    );
    expect(n).toBe(1);
  });
  it('un CRE propose à la main ; MER récente dans la même entreprise signalée ; le conseiller voit les MER de ses jeunes', async () => {
    const { j, mer } = await retenue('G1602', 'Commis de cuisine');
    const offre = await offrePubliee(ctx, ml, {
      entrepriseId: e1.entrepriseId,
      codeRome: 'K2204',
      titre: 'Plongeur',
    });
    const res = await ctx
      .http()
      .post('/mises-en-relation')
      .set(cre())
      .send({ offreId: offre.id, jeuneId: j.id, commentaire: 'Vu en entretien' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ statut: 'proposee', origine: 'cre', alerteEntreprise: true });
    await ctx
      .http()
      .post('/mises-en-relation')
      .set(cre())
      .send({ offreId: offre.id, jeuneId: j.id })
      .expect(409);
    const siens = await ctx
      .http()
      .get(`/mises-en-relation?jeuneId=${j.id}`)
      .set(bearer(ml.users.conseiller.token))
      .expect(200);
    expect(siens.body.map((m: any) => m.id).sort()).toEqual([mer.id, res.body.id].sort());
    // Once the jeune has no referent, the conseiller no longer sees their MERs (filtered as a list).
    await ctx
      .http()
      .patch(`/jeunes/${j.id}`)
      .set(bearer(ml.users.admin.token))
      .send({ conseillerId: null })
      .expect(200);
    const plusSiens = await ctx
      .http()
      .get(`/mises-en-relation?jeuneId=${j.id}`)
      .set(bearer(ml.users.conseiller.token))
      .expect(200);
    expect(plusSiens.body).toEqual([]);
    await ctx.http().get('/mises-en-relation').set(bearer(e1.token)).expect(403);
    await mail(ml.users.conseiller.email, /proposé\(e\) pour « Commis de cuisine »/);
  });
});

import { FixedClock } from '@app/core';
import { BrevoStandIn } from './support/brevo-stand-in';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { matchingSansDelai } from './support/mer-env';
import { aExaminer, jeuneMer, lien, merRow, merStatut } from './support/mer-fixtures';
import { offrePubliee } from './support/matching-fixtures';
import { Employeur, entrepriseWithEmployer } from './support/offres-fixtures';
import { createTestContext, TestContext } from './support/test-context';
import { waitFor } from './support/wait-for';

const clock = new FixedClock(new Date('2026-12-01T09:00:00Z')); // a Tuesday, 10:00 in Paris

describe('Mises en relation : de la proposition au recrutement', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let brevo: BrevoStandIn;
  let e1: Employeur;
  let e2: Employeur;
  const restore = matchingSansDelai();

  beforeAll(async () => {
    brevo = await new BrevoStandIn().start();
    ctx = await createTestContext({
      worker: true,
      clock,
      env: {
        OUTBOX_POLL_MS: '50',
        SMS_PROVIDER: 'brevo',
        BREVO_API_URL: brevo.url,
        BREVO_API_KEY: brevo.key,
      },
    });
    ml = await seedStructure(ctx, 'ml-mer');
    e1 = await entrepriseWithEmployer(ctx, ml);
    e2 = await entrepriseWithEmployer(ctx, ml);
  });
  afterAll(async () => {
    await ctx.close();
    await brevo.stop();
    restore();
  });

  const cre = () => bearer(ml.users.cre.token);
  const mail = (to: string, subject: RegExp) =>
    ctx.smtp.waitForMail((m) => m.to.includes(to) && subject.test(m.subject));

  it('proposée → retenue → acceptée par lien → transmise → recrutée par lien → offre pourvue, embauche ailleurs, jeune en emploi', async () => {
    const j1 = await jeuneMer(ctx, ml, ['G1803', 'G1602']);
    const j2 = await jeuneMer(ctx, ml, ['G1803']);
    const j3 = await jeuneMer(ctx, ml, ['G1803']);

    // Offer B first (only j1 fits it): j1 is kept, accepts, and is sent to employer 2.
    const offreB = await offrePubliee(ctx, ml, {
      entrepriseId: e2.entrepriseId,
      codeRome: 'G1602',
      titre: 'Commis de cuisine',
    });
    const [merB] = await aExaminer(ctx, ml, offreB.id, 1);
    expect(merB.jeuneId).toBe(j1.id);
    await ctx.http().post(`/mises-en-relation/${merB.id}/retenir`).set(cre()).send({}).expect(200);
    const mailB = await mail(j1.email, /Commis de cuisine/);
    await ctx
      .http()
      .post(lien(mailB.text, 'mer/jeune'))
      .type('form')
      .send({ reponse: 'oui' })
      .expect(200);
    await mail(e2.email, /Commis de cuisine/);

    // Offer A, one position: the matcher proposes two of the three.
    const offreA = await offrePubliee(ctx, ml, {
      entrepriseId: e1.entrepriseId,
      codeRome: 'G1803',
      titre: 'Serveur en brasserie',
      nombrePostes: 1,
    });
    const file = await aExaminer(ctx, ml, offreA.id, 2);
    expect(file[0].detail).toEqual(expect.any(Object));
    expect(file[0].raisons.length).toBeGreaterThan(0);
    expect(file[0].jeune.prenom).toMatch(/^Prenom/);

    // The employer sees no candidate before transmission.
    const avant = await ctx
      .http()
      .get(`/offres/${offreA.id}/mises-en-relation`)
      .set(bearer(e1.token))
      .expect(200);
    expect(avant.body).toEqual([]);

    // Discard one that is not j1: the matcher tops the offer up with the third jeune, so that j1
    // (proposed on B already, hence maybe not chosen first) is now in the list in any case.
    const autre = file.find((m: any) => m.jeuneId !== j1.id);
    await ctx
      .http()
      .post(`/mises-en-relation/${autre.id}/ecarter`)
      .set(cre())
      .send({ motif: 'profil', commentaire: 'Pas de service en salle' })
      .expect(200);
    const apres = await waitFor(
      async () => {
        const f = await aExaminer(ctx, ml, offreA.id);
        return f.length === 2 && !f.some((m: any) => m.jeuneId === autre.jeuneId) && f;
      },
      { what: 'the top-up' },
    );
    let merA = apres.find((m: any) => m.jeuneId === j1.id);
    const topUp = apres.filter((m: any) => m.jeuneId !== j1.id);
    expect(merA).toBeDefined();
    expect([j2.id, j3.id]).toContain(topUp[0].jeuneId);
    const [ecartee] = await ctx.dataSource.query(
      `SELECT statut FROM propositions WHERE offre_id = $1 AND jeune_id = $2`,
      [offreA.id, autre.jeuneId],
    );
    expect(ecartee.statut).toBe('ecartee');

    await ctx.http().post(`/mises-en-relation/${merA.id}/retenir`).set(cre()).send({}).expect(200);
    const illegal = await ctx
      .http()
      .post(`/mises-en-relation/${merA.id}/retenir`)
      .set(cre())
      .send({})
      .expect(409);
    expect(illegal.body).toMatchObject({ code: 'MER_TRANSITION_INTERDITE', statut: 'retenue' });

    // The jeune is told by email (two links) and SMS.
    const propo = await mail(j1.email, /Serveur en brasserie/);
    expect(propo.text).toMatch(/choix=non/);
    await waitFor(
      () => brevo.requests.find((r) => r.body.content.includes('Serveur en brasserie')),
      { what: 'the SMS' },
    );
    const lienJeune = lien(propo.text, 'mer/jeune');
    // GET shows, changes nothing (mail scanners).
    const page = await ctx.http().get(lienJeune).expect(200);
    expect(page.text).toContain('Ça m’intéresse');
    expect(page.text).toContain('Pas pour moi');
    expect((await merRow(ctx, merA.id)).statut).toBe('retenue');
    // Not visible to the employer yet, nor the jeune's contact details anywhere it reads.
    await ctx.http().get(`/mises-en-relation/${merA.id}`).set(bearer(e1.token)).expect(404);
    for (const url of [
      `/offres/${offreA.id}/mises-en-relation`,
      `/offres/${offreA.id}/propositions`,
      `/offres/${offreA.id}`,
      '/mises-en-relation',
    ]) {
      const res = await ctx.http().get(url).set(bearer(e1.token));
      expect(res.status).toBeLessThan(500);
      expect({ url, text: res.text }).toEqual({
        url,
        text: expect.not.stringMatching(
          new RegExp(`${j1.email}|${j1.telephone.replace('+', '\\+')}`),
        ),
      });
    }

    await ctx.http().post(lienJeune).type('form').send({ reponse: 'oui' }).expect(200);
    expect((await merRow(ctx, merA.id)).statut).toBe('transmise_employeur');
    // The same link again: shows what was answered, changes nothing.
    const deux = await ctx
      .http()
      .post(lienJeune)
      .type('form')
      .send({ reponse: 'non', motif: 'metier' })
      .expect(200);
    expect(deux.text).toContain('ne permet plus');
    expect((await merRow(ctx, merA.id)).statut).toBe('transmise_employeur');

    // The employer: the candidate with contact details, never the score.
    const visibles = await ctx
      .http()
      .get(`/offres/${offreA.id}/mises-en-relation`)
      .set(bearer(e1.token))
      .expect(200);
    expect(visibles.body).toHaveLength(1);
    expect(visibles.body[0].candidat.contact).toEqual({
      email: j1.email,
      telephone: expect.any(String),
    });
    expect(visibles.body[0]).not.toHaveProperty('score');
    expect(visibles.body[0]).not.toHaveProperty('raisons');
    // Another entreprise's employer: 404.
    await ctx
      .http()
      .post(`/mises-en-relation/${merA.id}/reponse-employeur`)
      .set(bearer(e2.token))
      .send({ resultat: 'non_retenue', motif: 'profil' })
      .expect(404);

    const candidat = await mail(e1.email, /Serveur en brasserie/);
    expect(candidat.text).toContain(j1.email);
    const lienEmployeur = lien(candidat.text, 'mer/employeur');
    expect((await ctx.http().get(lienEmployeur).expect(200)).text).toContain(
      'Confirmer le recrutement',
    );
    const recrute = {
      resultat: 'recrutee',
      typeContrat: 'CDD',
      dateDebut: '2026-12-15',
      dateFin: '2027-06-14',
      heuresHebdo: '35',
    };
    // Impossible dates are a 400 page naming the problem (they were "Invalid time value" 500s).
    const entretien = await ctx
      .http()
      .post(lienEmployeur)
      .type('form')
      .send({ resultat: 'entretien', entretienAt: '2026-02-30T25:99' })
      .expect(400);
    expect(entretien.text).toContain("n'existe pas");
    await ctx
      .http()
      .post(lienEmployeur)
      .type('form')
      .send({ ...recrute, dateDebut: '2026-02-30' })
      .expect(400);
    await ctx.http().post(lienEmployeur).type('form').send(recrute).expect(200);

    merA = await merRow(ctx, merA.id);
    expect(merA).toMatchObject({
      statut: 'recrutee',
      contrat: {
        typeContrat: 'CDD',
        dateDebut: '2026-12-15',
        dateFin: '2027-06-14',
        heuresHebdo: 35,
      },
    });
    const offre = await ctx.http().get(`/offres/${offreA.id}`).set(cre()).expect(200);
    expect(offre.body.statut).toBe('pourvue');
    expect(await merStatut(ctx, offreA.id, topUp[0].jeuneId)).toBe('annulee');
    expect(await merStatut(ctx, offreB.id, j1.id)).toBe('embauche_ailleurs');
    await mail(e2.email, /Candidature de/);
    const jeune = await ctx
      .http()
      .get(`/jeunes/${j1.id}`)
      .set(bearer(ml.users.conseiller.token))
      .expect(200);
    expect(jeune.body.statut).toBe('en_emploi');
    await mail(j1.email, /Félicitations/);
    await mail(ml.users.conseiller.email, /recruté/);
    const props = await ctx.dataSource.query(
      `SELECT jeune_id, offre_id, statut FROM propositions WHERE jeune_id = $1`,
      [j1.id],
    );
    expect(props).toEqual(
      expect.arrayContaining([
        { jeune_id: j1.id, offre_id: offreA.id, statut: 'embauchee' },
        { jeune_id: j1.id, offre_id: offreB.id, statut: 'terminee' },
      ]),
    );

    // The transition log, complete.
    const detail = await ctx.http().get(`/mises-en-relation/${merA.id}`).set(cre()).expect(200);
    expect(detail.body.transitions.map((t: any) => [t.from, t.to, t.byRole])).toEqual([
      [null, 'proposee', 'system'],
      ['proposee', 'retenue', 'cre'],
      ['retenue', 'acceptee_jeune', 'lien_jeune'],
      ['acceptee_jeune', 'transmise_employeur', 'system'],
      ['transmise_employeur', 'recrutee', 'lien_employeur'],
    ]);
    // The used employer link: the answer already recorded, nothing changes.
    const encore = await ctx
      .http()
      .post(lienEmployeur)
      .type('form')
      .send({ resultat: 'non_retenue', motif: 'profil' })
      .expect(200);
    expect(encore.text).toContain('recrutement');
    const compteurs = await ctx.http().get(`/mises-en-relation/compteurs`).set(cre()).expect(200);
    expect(compteurs.body).toMatchObject({ recrutees: 1 });
  });
});

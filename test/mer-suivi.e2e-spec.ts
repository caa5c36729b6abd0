import { FixedClock } from '@app/core';
import { MerSuiviService } from '@app/mises-en-relation';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { matchingSansDelai } from './support/mer-env';
import { aExaminer, jeuneMer, lien } from './support/mer-fixtures';
import { offrePubliee } from './support/matching-fixtures';
import { Employeur, entrepriseWithEmployer } from './support/offres-fixtures';
import { createTestContext, TestContext } from './support/test-context';
import { waitFor } from './support/wait-for';

const START = new Date('2027-01-05T09:00:00Z'); // a Tuesday, 10:00 in Paris
const DAY = 86_400_000;
const clock = new FixedClock(START);
const jour = (days: number) => clock.set(new Date(START.getTime() + days * DAY));

describe('Mises en relation : suivi à 1 et 3 mois après un recrutement', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let e1: Employeur;
  const restore = matchingSansDelai();

  beforeAll(async () => {
    ctx = await createTestContext({ worker: true, clock, env: { OUTBOX_POLL_MS: '50' } });
    ml = await seedStructure(ctx, 'ml-mer-suivi');
    e1 = await entrepriseWithEmployer(ctx, ml);
  });
  afterAll(async () => {
    await ctx.close();
    restore();
  });

  const cre = () => bearer(ml.users.cre.token);
  const mails = (to: string, subject: RegExp) =>
    ctx.smtp.mails.filter((m) => m.to.includes(to) && subject.test(m.subject));
  const mail = (to: string, subject: RegExp) =>
    ctx.smtp.waitForMail((m) => m.to.includes(to) && subject.test(m.subject));
  const balayer = () => ctx.worker!.get(MerSuiviService).sweep();
  const suivis = (merId: string) =>
    ctx.dataSource.query(
      `SELECT mois, repondant, due_at, sent_at, reponse, answered_at FROM mer_suivis
       WHERE mer_id = $1 ORDER BY mois, repondant`,
      [merId],
    );
  const messagesSuivi = (jeuneId: string) =>
    ctx.dataSource.query(
      `SELECT canal, statut FROM messages WHERE template = 'mer_suivi_jeune'
       AND destinataire_id = $1 ORDER BY created_at, canal`,
      [jeuneId],
    );

  /** A jeune kept, accepting from the link, hired by the employer (CDI starting on the hire day). */
  async function embauche(fiche: string, titre: string) {
    const j = await jeuneMer(ctx, ml, [fiche]);
    const offre = await offrePubliee(ctx, ml, {
      entrepriseId: e1.entrepriseId,
      codeRome: fiche,
      titre,
      dateDebut: '2027-01-20',
      nombrePostes: 1,
    });
    const mer = await waitFor(
      async () => (await aExaminer(ctx, ml, offre.id)).find((m: any) => m.jeuneId === j.id),
      { what: "the jeune's proposal" },
    );
    await ctx.http().post(`/mises-en-relation/${mer.id}/retenir`).set(cre()).send({}).expect(200);
    const propo = await mail(j.email, new RegExp(titre));
    await ctx
      .http()
      .post(lien(propo.text, 'mer/jeune'))
      .type('form')
      .send({ reponse: 'oui' })
      .expect(200);
    await ctx
      .http()
      .post(`/mises-en-relation/${mer.id}/reponse-employeur`)
      .set(bearer(e1.token))
      .send({ resultat: 'recrutee', typeContrat: 'CDI', dateDebut: '2027-01-05', heuresHebdo: 35 })
      .expect(200);
    return { j, merId: mer.id as string };
  }

  it('recrutement → contrôles à 1 mois (e-mail employeur, e-mail et SMS au jeune selon consentement) → réponse en un clic → 3 mois → statistiques', async () => {
    jour(0);
    const a = await embauche('G1602', 'Commis de cuisine');
    const b = await embauche('K2204', 'Agent de propreté');
    // Jeune B withdrew its SMS consent: checked at send time.
    await ctx
      .http()
      .put(`/jeunes/${b.j.id}/consentements/sms`)
      .set(bearer(ml.users.conseiller.token))
      .send({ donne: false })
      .expect(200);

    // mer.recrutee (outbox → events queue → worker) creates the 4 checks of each hire.
    const planned = await waitFor(
      async () => ((await suivis(a.merId)).length === 4 ? suivis(a.merId) : false),
      {
        what: 'the checks created on mer.recrutee',
      },
    );
    expect(planned.map((s: any) => [s.mois, s.repondant, new Date(s.due_at).getTime()])).toEqual([
      [1, 'employeur', START.getTime() + 30 * DAY],
      [1, 'jeune', START.getTime() + 30 * DAY],
      [3, 'employeur', START.getTime() + 90 * DAY],
      [3, 'jeune', START.getTime() + 90 * DAY],
    ]);
    await waitFor(async () => (await suivis(b.merId)).length === 4, { what: "B's checks" });
    // The event replayed, or the sweep's catch-up: nothing more.
    expect(await ctx.worker!.get(MerSuiviService).planifier(a.merId)).toBe(0);

    // 29 days: nothing due yet.
    jour(29);
    expect(await balayer()).toEqual({ crees: 0, envoyes: 0 });

    // 31 days: the 1-month checks of both hires.
    jour(31);
    expect(await balayer()).toEqual({ crees: 0, envoyes: 4 });
    const mailEmployeur = await mail(e1.email, /toujours en poste \? \(« Commis de cuisine »\)/);
    expect(mailEmployeur.text).toContain('Voici 1 mois');
    await mail(e1.email, /toujours en poste \? \(« Agent de propreté »\)/);
    const mailJeuneA = await mail(a.j.email, /Toujours en poste chez/);
    const mailJeuneB = await mail(b.j.email, /Toujours en poste chez/);
    await waitFor(
      async () =>
        JSON.stringify(await messagesSuivi(a.j.id)) ===
        JSON.stringify([
          { canal: 'email', statut: 'envoye' },
          { canal: 'sms', statut: 'envoye' },
        ]),
      { what: "jeune A's email and SMS" },
    );
    await waitFor(
      async () =>
        JSON.stringify(await messagesSuivi(b.j.id)) ===
        JSON.stringify([
          { canal: 'email', statut: 'envoye' },
          { canal: 'sms', statut: 'supprime' },
        ]),
      { what: "jeune B's email only (no SMS consent)" },
    );

    // The sweep again: nothing sent twice.
    expect(await balayer()).toEqual({ crees: 0, envoyes: 0 });
    await new Promise((r) => setTimeout(r, 300));
    expect(mails(e1.email, /Commis de cuisine »\)/)).toHaveLength(1);
    expect(mails(a.j.email, /Toujours en poste/)).toHaveLength(1);
    expect(await messagesSuivi(a.j.id)).toHaveLength(2);

    // The employer answers from the link: GET only shows, POST records.
    const lienEmployeur = lien(mailEmployeur.text, 'mer/suivi');
    const page = await ctx.http().get(lienEmployeur).expect(200);
    expect(page.text).toContain('Oui, toujours en poste');
    expect(page.text).toContain('Non, plus en poste');
    expect(page.text).toContain('lang="fr"');
    expect((await suivis(a.merId))[0].reponse).toBeNull();
    const ok = await ctx
      .http()
      .post(lienEmployeur)
      .type('form')
      .send({ reponse: 'en_poste' })
      .expect(200);
    expect(ok.text).toContain('Réponse enregistrée');
    // A second click: refused, the recorded answer shown, nothing changed.
    const again = await ctx
      .http()
      .post(lienEmployeur)
      .type('form')
      .send({ reponse: 'plus_en_poste' })
      .expect(200);
    expect(again.text).toContain('Réponse déjà enregistrée');
    expect(again.text).toContain('toujours en poste');
    expect(again.text).toContain('rien n’a été changé');
    expect((await ctx.http().get(lienEmployeur).expect(200)).text).toContain(
      'Réponse déjà enregistrée',
    );
    const [emp1] = await suivis(a.merId);
    expect(emp1).toMatchObject({ mois: 1, repondant: 'employeur', reponse: 'en_poste' });
    expect(new Date(emp1.answered_at).getTime()).toBe(START.getTime() + 31 * DAY);

    // Jeune B (its employer does not answer): no choice is a 400, then "plus en poste".
    const lienB = lien(mailJeuneB.text, 'mer/suivi');
    expect((await ctx.http().get(lienB).expect(200)).text).toContain('Êtes-vous toujours en poste');
    await ctx.http().post(lienB).type('form').send({}).expect(400);
    await ctx.http().post(lienB).type('form').send({ reponse: 'plus_en_poste' }).expect(200);
    // A link is bound to its check and its person: jeune A's link is not the employer's.
    const lienA = lien(mailJeuneA.text, 'mer/suivi');
    await ctx.http().get(`${lienA}x`).expect(410);

    // 91 days: the 3-month checks.
    jour(91);
    expect(await balayer()).toEqual({ crees: 0, envoyes: 4 });
    const mail3 = await waitFor(
      () => mails(e1.email, /Commis de cuisine »\)/).find((m) => m.text.includes('Voici 3 mois')),
      { what: "the employer's 3-month check" },
    );
    await ctx
      .http()
      .post(lien(mail3.text, 'mer/suivi'))
      .type('form')
      .send({ reponse: 'plus_en_poste' })
      .expect(200);
    const mail3Jeune = await waitFor(
      () => mails(a.j.email, /Toujours en poste/).find((m) => m.text.includes('il y a 3 mois')),
      { what: "jeune A's 3-month check" },
    );
    await ctx
      .http()
      .post(lien(mail3Jeune.text, 'mer/suivi'))
      .type('form')
      .send({ reponse: 'en_poste' })
      .expect(200);
    // Jeune A's 1-month link, never used: past its 30 days, it shows and changes nothing.
    const expire = await ctx.http().get(lienA).expect(410);
    expect(expire.text).toContain('Ce lien a expiré');
    expect(expire.text).toContain('Aucune réponse');
    await ctx.http().post(lienA).type('form').send({ reponse: 'en_poste' }).expect(410);
    expect((await suivis(a.merId))[1]).toMatchObject({ repondant: 'jeune', reponse: null });

    // The yearly figures: the employer's answer first, else the jeune's.
    const stats = await ctx
      .http()
      .get('/mises-en-relation/suivis/statistiques?annee=2027')
      .set(cre())
      .expect(200);
    expect(stats.body).toEqual({
      annee: 2027,
      recrutements: 2,
      echeances: [
        {
          mois: 1,
          suivisDus: 4,
          suivisEnvoyes: 4,
          suivisRepondus: 2,
          recrutementsDus: 2,
          recrutementsRenseignes: 2,
          enPoste: 1,
          plusEnPoste: 1,
          partEnPoste: 0.5,
          selonEmployeur: 1,
          selonJeune: 1,
        },
        {
          mois: 3,
          suivisDus: 4,
          suivisEnvoyes: 4,
          suivisRepondus: 2,
          recrutementsDus: 2,
          recrutementsRenseignes: 1,
          enPoste: 0,
          plusEnPoste: 1,
          partEnPoste: 0,
          selonEmployeur: 1,
          selonJeune: 0,
        },
      ],
    });
    const avant = await ctx
      .http()
      .get('/mises-en-relation/suivis/statistiques?annee=2026')
      .set(cre())
      .expect(200);
    expect(avant.body).toMatchObject({ annee: 2026, recrutements: 0 });
    expect(avant.body.echeances[0]).toMatchObject({ suivisDus: 0, partEnPoste: null });
    await ctx
      .http()
      .get('/mises-en-relation/suivis/statistiques?annee=2027')
      .set(bearer(e1.token))
      .expect(403);
    await ctx
      .http()
      .get('/mises-en-relation/suivis/statistiques?annee=deux-mille')
      .set(cre())
      .expect(400);
    const ml2 = await seedStructure(ctx, 'ml-mer-suivi-autre');
    const autre = await ctx
      .http()
      .get('/mises-en-relation/suivis/statistiques?annee=2027')
      .set(bearer(ml2.users.cre.token))
      .expect(200);
    expect(autre.body).toMatchObject({ recrutements: 0 });
    expect(autre.body.echeances[1].suivisDus).toBe(0);
  });

  it('le balayage crée les contrôles d’un recrutement dont l’événement a été manqué', async () => {
    jour(200);
    const [hire] = await ctx.dataSource.query(
      `SELECT m.id FROM mises_en_relation m WHERE m.statut = 'recrutee' ORDER BY m.statut_at LIMIT 1`,
    );
    await ctx.dataSource.query(`DELETE FROM mer_suivis WHERE mer_id = $1`, [hire.id]);
    // Past the catch-up window: created (the figures stay complete), not sent.
    expect(await balayer()).toEqual({ crees: 4, envoyes: 0 });
    expect(await balayer()).toEqual({ crees: 0, envoyes: 0 });
  });
});

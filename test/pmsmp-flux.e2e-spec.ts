import { CoreModule, FixedClock } from '@app/core';
import { PilotageRebuildModule, PilotageRebuildService } from '@app/pilotage';
import { PmsmpEcheancesService } from '@app/pmsmp';
import { Test } from '@nestjs/testing';
import { createHash } from 'node:crypto';
import { BrevoStandIn } from './support/brevo-stand-in';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { findEverywhere } from './support/jeunes-fixtures';
import { lien } from './support/mer-fixtures';
import { binaire, conventionBody, partiesPmsmp, textePdf } from './support/pmsmp-fixtures';
import { createTestContext, TestContext } from './support/test-context';
import { waitFor } from './support/wait-for';

const START = new Date('2026-12-01T09:00:00Z'); // a Tuesday, 10:00 in Paris
const clock = new FixedClock(START);
const le = (iso: string) => clock.set(new Date(iso));

describe('PMSMP de bout en bout : liens, signatures, validation, PDF, bilan, suivis', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let brevo: BrevoStandIn;
  let id: string;
  let parties: Awaited<ReturnType<typeof partiesPmsmp>>;
  let body: Record<string, any>;

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
    ml = await seedStructure(ctx, 'ml-pmsmp-flux');
  });
  afterAll(async () => {
    await ctx.close();
    await brevo.stop();
  });

  const conseiller = () => bearer(ml.users.conseiller.token);
  const mail = (to: string, subject: RegExp) =>
    ctx.smtp.waitForMail((m) => m.to.includes(to) && subject.test(m.subject));
  const mails = (to: string, subject: RegExp) =>
    ctx.smtp.mails.filter((m) => m.to.includes(to) && subject.test(m.subject));
  const lire = async (cid = id) =>
    (await ctx.http().get(`/pmsmp/conventions/${cid}`).set(conseiller()).expect(200)).body;
  const signer = (path: string, empreinte: string, ua = 'Mozilla/5.0 (iPhone)') =>
    ctx.http().post(path).set('User-Agent', ua).type('form').send({ accepte: 'oui', empreinte });
  const balayer = () => ctx.worker!.get(PmsmpEcheancesService).sweep();
  const pdf = async (cid = id) => {
    const res = await waitFor(
      async () => {
        const r = await ctx
          .http()
          .get(`/pmsmp/conventions/${cid}/pdf`)
          .set(conseiller())
          .buffer(true)
          .parse(binaire);
        return r.status === 200 && r.headers['x-pdf-a-jour'] === 'true' ? r : false;
      },
      { what: 'the PDF of the current state' },
    );
    return res;
  };

  it('create → links by email and SMS → signatures (edit withdraws them) → validation → PDF', async () => {
    parties = await partiesPmsmp(ctx, ml);
    body = conventionBody(parties.jeune.id, parties.entrepriseId);
    const created = await ctx
      .http()
      .post('/pmsmp/conventions')
      .set(conseiller())
      .send(body)
      .expect(201);
    id = created.body.id;
    await ctx
      .http()
      .post(`/pmsmp/conventions/${id}/soumettre`)
      .set(conseiller())
      .send({})
      .expect(200);

    // Each signatory gets a personal link: email (and SMS to mobiles, the jeune by consent).
    const jeuneMail = await mail(parties.jeune.email, /Convention d’immersion à signer/);
    const gerant = await mail(body.accueil.representant.email, /à signer/);
    await mail(body.tuteur.email, /à signer/);
    await mail(ml.users.conseiller.email, /à signer/);
    expect(jeuneMail.text).toContain('version 1');
    await waitFor(
      () =>
        brevo.sentTo(parties.jeune.telephone.replace('+', '')).length +
          brevo.sentTo(parties.jeune.telephone).length >
        0,
      { what: "the jeune's SMS" },
    );
    const sms = [...brevo.requests].map((r) => r.body.content).join('\n');
    expect(sms).toMatch(/convention d'immersion .* à signer \(tuteur\)/);

    // The page shows the whole agreement and asks for an explicit act; GET changes nothing.
    const lienJeune = lien(jeuneMail.text, 'pmsmp/signature');
    const page = await ctx.http().get(lienJeune).expect(200);
    expect(page.text).toContain('Convention de PMSMP à signer');
    expect(page.text).toContain('6. Les horaires, jour par jour');
    expect(page.text).toContain(created.body.contenuSha256);
    // The page's own markup is plain and semantic (the layout around it is core's).
    expect(page.text.slice(page.text.indexOf('<h1>'), page.text.indexOf('</main>'))).not.toMatch(
      /class=/,
    );
    const sansCase = await ctx
      .http()
      .post(lienJeune)
      .type('form')
      .send({ empreinte: created.body.contenuSha256 });
    expect(sansCase.status).toBe(400);
    expect((await lire()).signatures).toEqual([]);

    const signe = await signer(lienJeune, created.body.contenuSha256);
    expect(signe.status).toBe(200);
    expect(signe.text).toContain('Signature enregistrée');
    let c = await lire();
    expect(c.statut).toBe('partiellement_signee');
    expect(c.signatures).toEqual([
      expect.objectContaining({
        signataire: 'beneficiaire',
        version: 1,
        contenuSha256: created.body.contenuSha256,
        userAgent: 'Mozilla/5.0 (iPhone)',
        ip: expect.stringMatching(/127\.0\.0\.1/),
      }),
    ]);
    // Reused, forged, expired: nothing changes.
    const reuse = await signer(lienJeune, created.body.contenuSha256);
    expect(reuse.text).toContain('déjà servi');
    await ctx.http().get(`${lienJeune}x`).expect(410);
    le('2027-01-20T09:00:00Z');
    await ctx.http().get(lien(gerant.text, 'pmsmp/signature')).expect(410);
    clock.set(START);
    expect((await lire()).signatures).toHaveLength(1);

    // Editing after a signature withdraws it: back to `a_signer`, new links (version 2).
    const edit = await ctx
      .http()
      .patch(`/pmsmp/conventions/${id}`)
      .set(conseiller())
      .send({ version: 1, competences: 'Hygiène, gestes et postures, relation client.' })
      .expect(200);
    expect(edit.body).toMatchObject({ statut: 'a_signer', version: 2, signatures: [] });
    const old = await ctx.http().get(lien(gerant.text, 'pmsmp/signature')).expect(410);
    expect(old.text).toContain('La convention a été modifiée');
    const v2 = async (to: string) =>
      lien(
        (await ctx.smtp.waitForMail((m) => m.to.includes(to) && m.text.includes('version 2'))).text,
        'pmsmp/signature',
      );
    const [lJeune, lGerant, lTuteur, lMl] = await Promise.all(
      [
        parties.jeune.email,
        body.accueil.representant.email,
        body.tuteur.email,
        ml.users.conseiller.email,
      ].map(v2),
    );

    // Two parties at once, then the last two at once: one `completer`, no lost signature.
    const h = edit.body.contenuSha256;
    const first = await Promise.all([signer(lGerant, h), signer(lTuteur, h)]);
    expect(first.map((r) => r.status)).toEqual([200, 200]);
    const last = await Promise.all([signer(lJeune, h), signer(lMl, h)]);
    expect(last.map((r) => r.status)).toEqual([200, 200]);
    c = await lire();
    expect(c.statut).toBe('signee');
    expect(c.signatures.map((s: any) => s.signataire).sort()).toEqual([
      'beneficiaire',
      'entreprise',
      'prescripteur',
      'tuteur',
    ]);
    expect(c.signatures.every((s: any) => s.version === 2 && s.contenuSha256 === h)).toBe(true);
    const log = (await ctx.http().get(`/pmsmp/conventions/${id}/journal`).set(conseiller())).body;
    expect(log.filter((l: any) => l.action === 'completer')).toHaveLength(1);
    await mail(ml.users.conseiller.email, /Convention signée à valider/);

    // The ML validates; every party is told with a link to the PDF.
    await ctx
      .http()
      .post(`/pmsmp/conventions/${id}/valider`)
      .set(conseiller())
      .send({})
      .expect(200);
    const info = await mail(body.tuteur.email, /Convention d’immersion validée/);
    const res = await pdf();
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(createHash('sha256').update(res.body).digest('hex')).toBe(
      res.headers['x-content-sha256'],
    );
    const texte = textePdf(res.body);
    expect(texte).toContain('Convention de période de mise en situation en milieu professionnel');
    expect(texte).toContain('Cerfa 13912*04');
    expect(texte).toContain(`${parties.jeune.prenom} ${parties.jeune.nom}`);
    expect(texte).toContain('Découvrir un métier ou un secteur d’activité');
    expect(texte).toContain('8. Signatures (journal de preuve)');
    expect(texte.replace(/\s/g, '')).toContain(h);
    expect(texte).toContain('validée');
    const doc = await ctx
      .http()
      .get(lien(info.text, 'pmsmp/document'))
      .buffer(true)
      .parse(binaire)
      .expect(200);
    expect(doc.headers['x-content-sha256']).toBe(res.headers['x-content-sha256']);
  });

  it('reminders before the start, resend cooldown of 24 h, one reminder only', async () => {
    const p = await partiesPmsmp(ctx, ml);
    const b = conventionBody(p.jeune.id, p.entrepriseId);
    const { body: c } = await ctx
      .http()
      .post('/pmsmp/conventions')
      .set(conseiller())
      .send(b)
      .expect(201);
    await ctx
      .http()
      .post(`/pmsmp/conventions/${c.id}/soumettre`)
      .set(conseiller())
      .send({})
      .expect(200);
    await mail(b.tuteur.email, /à signer/);
    const trop = await ctx
      .http()
      .post(`/pmsmp/conventions/${c.id}/renvoyer`)
      .set(conseiller())
      .send({});
    expect(trop.status).toBe(429);
    expect(trop.body.detail).toMatch(/24 heures/);
    le('2026-12-02T10:00:00Z');
    await ctx
      .http()
      .post(`/pmsmp/conventions/${c.id}/renvoyer`)
      .set(conseiller())
      .send({})
      .expect(200, { envoyes: 4 });
    await waitFor(() => mails(b.tuteur.email, /^Rappel : /).length === 1, {
      what: 'the resent link',
    });

    le('2026-12-31T09:00:00Z'); // 4 days before the start: nothing yet
    expect((await balayer()).relances).toBe(0);
    le('2027-01-01T09:00:00Z'); // 3 days before
    expect((await balayer()).relances).toBe(1);
    expect((await balayer()).relances).toBe(0);
    await waitFor(() => mails(b.tuteur.email, /^Rappel : /).length === 2, { what: 'the reminder' });
  });

  it('links sent in the evening: emails go, SMS wait for 08:00 (quiet hours, messaging)', async () => {
    le('2026-12-01T21:30:00Z'); // 22:30 in Paris
    try {
      const p = await partiesPmsmp(ctx, ml);
      const b = conventionBody(p.jeune.id, p.entrepriseId);
      const { body: c } = await ctx
        .http()
        .post('/pmsmp/conventions')
        .set(conseiller())
        .send(b)
        .expect(201);
      await ctx
        .http()
        .post(`/pmsmp/conventions/${c.id}/soumettre`)
        .set(conseiller())
        .send({})
        .expect(200);
      const rows = () =>
        ctx.dataSource.query(
          `SELECT canal, statut FROM messages WHERE template = 'pmsmp_signature' AND event LIKE $1`,
          [`%${c.id}%`],
        );
      const done = await waitFor(
        async () => {
          const r = await rows();
          return r.length === 8 &&
            r.every((x: any) => !['en_attente', 'en_cours'].includes(x.statut))
            ? r
            : false;
        },
        { what: 'the signature messages handled' },
      );
      expect(done.filter((x: any) => x.canal === 'sms').map((x: any) => x.statut)).toEqual([
        'differe',
        'differe',
        'differe',
        'differe',
      ]);
      expect(done.filter((x: any) => x.canal === 'email').map((x: any) => x.statut)).toEqual([
        'envoye',
        'envoye',
        'envoye',
        'envoye',
      ]);
    } finally {
      clock.set(START);
    }
  });

  it('renewal once, assessment by the tutor, situation at +15 d / +1 m / +3 m, yearly figures', async () => {
    const atteint = await ctx
      .http()
      .post(`/pmsmp/conventions/${id}/renouveler`)
      .set(conseiller())
      .send({
        objectifAtteint: true,
        motif: 'Pour voir',
        dateDebut: '2027-02-01',
        dateFin: '2027-02-12',
      });
    expect(atteint.status).toBe(400);
    expect(atteint.body.field).toBe('objectifAtteint');
    const ren = await ctx
      .http()
      .post(`/pmsmp/conventions/${id}/renouveler`)
      .set(conseiller())
      .send({
        objectifAtteint: false,
        motif: 'Découverte à poursuivre',
        dateDebut: '2027-02-01',
        dateFin: '2027-02-12',
      })
      .expect(201);
    expect(ren.body).toMatchObject({
      statut: 'brouillon',
      renouvellementDeId: id,
      totaux: { heuresTotal: 70 },
    });
    const deux = await ctx
      .http()
      .post(`/pmsmp/conventions/${id}/renouveler`)
      .set(conseiller())
      .send({
        objectifAtteint: false,
        motif: 'Encore',
        dateDebut: '2027-03-01',
        dateFin: '2027-03-05',
      });
    expect(deux.status).toBe(409);

    // After the end: the tutor is asked once for the assessment.
    le('2027-01-16T09:00:00Z');
    expect(await balayer()).toMatchObject({ bilans: 1 });
    expect(await balayer()).toMatchObject({ bilans: 0 });
    const demande = await mail(body.tuteur.email, /Bilan de l’immersion/);
    const lienBilan = lien(demande.text, 'pmsmp/bilan');
    expect((await ctx.http().get(lienBilan).expect(200)).text).toContain('Heures d’absence');
    const incomplet = await ctx.http().post(lienBilan).type('form').send({
      realisation: 'realise',
      heuresAbsence: '2',
      competencesObservees: 'Rigueur',
      embauche: 'oui',
    });
    expect(incomplet.status).toBe(400);
    expect(incomplet.text).toContain('contrat');
    await ctx
      .http()
      .post(lienBilan)
      .type('form')
      .send({
        realisation: 'realise',
        heuresAbsence: '2',
        competencesObservees: 'Rigueur, ponctualité',
        embauche: 'oui',
        typeContrat: 'CDD',
      })
      .expect(200);
    const encore = await ctx.http().post(lienBilan).type('form').send({
      realisation: 'non_realise',
      heuresAbsence: '0',
      competencesObservees: 'x',
      embauche: 'non',
    });
    expect(encore.text).toContain('déjà enregistrée');
    expect((await lire()).bilan).toMatchObject({
      realisation: 'realise',
      heuresAbsence: 2,
      embauche: true,
      typeContrat: 'CDD',
    });
    const annuler = await ctx
      .http()
      .post(`/pmsmp/conventions/${id}/annuler`)
      .set(conseiller())
      .send({ motif: 'Erreur de saisie' });
    expect(annuler.status).toBe(409);

    // +15 days: the jeune answers from the link; +1 month: the conseiller records it; +3 months: sent.
    le('2027-01-30T09:00:00Z');
    expect(await balayer()).toMatchObject({ suivis: 1 });
    const q = await mail(parties.jeune.email, /Où en êtes-vous/);
    const lienSuivi = lien(q.text, 'pmsmp/suivi');
    await ctx.http().post(lienSuivi).type('form').send({ situation: 'emploi' }).expect(200);
    expect(
      (await ctx.http().post(lienSuivi).type('form').send({ situation: 'recherche' })).text,
    ).toContain('déjà enregistrée');
    le('2027-02-16T09:00:00Z');
    expect(await balayer()).toMatchObject({ suivis: 1 });
    await ctx
      .http()
      .post(`/pmsmp/conventions/${id}/suivis`)
      .set(conseiller())
      .send({ echeance: 'm1', situation: 'formation' })
      .expect(200);
    le('2027-04-16T09:00:00Z');
    expect(await balayer()).toMatchObject({ suivis: 1 });
    expect(await balayer()).toMatchObject({ suivis: 0 });

    const stats = await ctx
      .http()
      .get('/pmsmp/conventions/statistiques?annee=2027')
      .set(conseiller())
      .expect(200);
    expect(stats.body.parObjectif).toEqual([
      expect.objectContaining({
        objectif: 'decouvrir_metier',
        conventions: 1,
        bilans: 1,
        realise: 1,
        embauches: 1,
        suivis: expect.objectContaining({
          j15: expect.objectContaining({ reponses: 1, emploi: 1, partEmploi: 1 }),
          m1: expect.objectContaining({ reponses: 1, formation: 1, partEmploi: 0 }),
          m3: expect.objectContaining({ reponses: 0, partEmploi: null }),
        }),
      }),
    ]);
    // The yearly report (libs/pilotage) got its facts through the outbox: validated by objective,
    // the tutor's assessment, the situations answered (first answer only).
    const faits = await waitFor(
      async () => {
        const rows: { nature: string; objectif: string; echeance: number | null }[] =
          await ctx.dataSource.query(
            `SELECT nature, objectif, echeance, motif FROM pilotage_faits
             WHERE sujet_id = $1 AND nature LIKE 'pmsmp%'
               AND ((to_statut = 'validee' AND from_statut <> 'validee') OR nature <> 'pmsmp')
             ORDER BY nature, echeance`,
            [id],
          );
        return rows.length === 4 && rows;
      },
      { what: 'the report facts of the agreement' },
    );
    expect(faits).toEqual([
      { nature: 'pmsmp', objectif: 'decouvrir', echeance: null, motif: null },
      { nature: 'pmsmp_bilan', objectif: 'decouvrir', echeance: null, motif: 'realisee' },
      { nature: 'pmsmp_situation', objectif: 'decouvrir', echeance: 15, motif: null },
      { nature: 'pmsmp_situation', objectif: 'decouvrir', echeance: 30, motif: null },
    ]);
    // …and the ML's report shows them: the assessment counted on its date, as « réalisée ».
    const rapport = (
      await ctx
        .http()
        .get('/pilotage/rapport')
        .query({ du: '2027-01-01', au: '2027-12-31' })
        .set(bearer(ml.users.admin.token))
        .expect(200)
    ).body;
    const figure = (code: string) => rapport.indicateurs.find((i: any) => i.code === code);
    expect(figure('pmsmp_bilans').valeur).toBe(1);
    expect(figure('pmsmp_bilans').lignes).toEqual(
      expect.arrayContaining([expect.objectContaining({ cle: 'realisee', valeur: 1 })]),
    );
    expect(figure('pmsmp_emploi_15_jours').valeur).toBe(1);
    // The PDF follows the assessment (a new state).
    expect(textePdf((await pdf()).body)).toContain('9. Bilan de l’immersion');

    // Erasure of the jeune: the agreement keeps the report's figures, not the person.
    await ctx
      .http()
      .post(`/jeunes/${parties.jeune.id}/anonymiser`)
      .set(bearer(ml.users.admin.token))
      .expect(204);
    const traces = async () =>
      Object.keys(await findEverywhere(ctx, [parties.jeune.nom, parties.jeune.email])).filter((k) =>
        k.startsWith('pmsmp_'),
      );
    await waitFor(async () => (await traces()).length === 0, { what: 'the agreements anonymised' });
    expect((await lire()).contenu.beneficiaire).toMatchObject({
      nom: '',
      prenom: 'Anonyme',
      email: '',
      dateNaissance: '2006-01-01',
    });
    const anonyme = textePdf((await pdf()).body);
    expect(anonyme).not.toContain(parties.jeune.nom);
    expect(anonyme).toContain('9. Bilan de l’immersion');
    const apres = await ctx
      .http()
      .get('/pmsmp/conventions/statistiques?annee=2027')
      .set(conseiller())
      .expect(200);
    expect(apres.body).toEqual(stats.body);
  });

  it('the report rebuilt from scratch from the PMSMP history gives the live figures; twice adds nothing', async () => {
    // Every log row, assessment and answer of the structure's agreements is a fact (the outbox drained).
    const attendus = async () =>
      (
        await ctx.dataSource.query(
          `SELECT (SELECT count(*) FROM pmsmp_transitions t JOIN pmsmp_conventions c
             ON c.id = t.convention_id WHERE c.structure_id = $1)
           + (SELECT count(*) FROM pmsmp_conventions WHERE structure_id = $1 AND bilan_at IS NOT NULL)
           + (SELECT count(*) FROM pmsmp_suivis WHERE structure_id = $1 AND situation IS NOT NULL)
           AS n`,
          [ml.id],
        )
      )[0].n;
    const faits = () =>
      ctx.dataSource.query(
        `SELECT source, nature, occurred_at, sujet_id, jeune_id, from_statut, to_statut, objectif,
           motif, echeance, en_emploi FROM pilotage_faits
         WHERE structure_id = $1 AND nature LIKE 'pmsmp%' ORDER BY source`,
        [ml.id],
      );
    await waitFor(async () => (await faits()).length === Number(await attendus()), {
      what: 'every PMSMP fact recorded live',
    });
    const live = await faits();
    // Validated in December 2026, assessed and followed up in 2027: both years' PMSMP figures.
    const figures = async () => {
      const par: Record<string, number | null> = {};
      for (const annee of ['2026', '2027']) {
        const r = (
          await ctx
            .http()
            .get('/pilotage/rapport')
            .query({ du: `${annee}-01-01`, au: `${annee}-12-31` })
            .set(bearer(ml.users.admin.token))
            .expect(200)
        ).body;
        for (const i of r.indicateurs.filter((x: any) => x.code.startsWith('pmsmp'))) {
          par[`${annee}:${i.code}`] = i.valeur;
          for (const l of i.lignes ?? []) par[`${annee}:${i.code}:${l.cle}`] = l.valeur;
        }
      }
      return par;
    };
    const avant = await figures();
    expect(avant).toMatchObject({
      '2026:pmsmp': 1,
      '2026:pmsmp:decouvrir': 1,
      '2027:pmsmp': 0,
      '2027:pmsmp_bilans': 1,
      '2027:pmsmp_bilans:realisee': 1,
      '2027:pmsmp_emploi_15_jours': 1,
      '2027:pmsmp_emploi_1_mois': 0,
    });
    const moduleRef = await Test.createTestingModule({
      imports: [CoreModule.forRoot('cli', ctx.env), PilotageRebuildModule],
    }).compile();
    const app = await moduleRef.createNestApplication({ logger: false }).init();
    try {
      const rebuild = app.get(PilotageRebuildService);
      const first = await rebuild.reconstruire({ reset: true });
      expect(first.ajoutes).toMatchObject({ 'pmsmp.bilan': 1, 'pmsmp.situation': 2 });
      expect(await faits()).toEqual(live);
      expect(await figures()).toEqual(avant);
      const second = await rebuild.reconstruire();
      expect(Object.values(second.ajoutes).every((n) => n === 0)).toBe(true);
      expect(await figures()).toEqual(avant);
    } finally {
      await app.close();
    }
  });
});

import { FixedClock } from '@app/core';
import { Workbook } from 'exceljs';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { matchingSansDelai } from './support/mer-env';
import { aExaminer, balayer, jeuneMer, lien, merRow } from './support/mer-fixtures';
import { offrePubliee } from './support/matching-fixtures';
import { Employeur, entrepriseWithEmployer, fakeSiret } from './support/offres-fixtures';
import { createTestContext, TestContext } from './support/test-context';
import { waitFor } from './support/wait-for';

const START = new Date('2026-12-01T09:00:00Z');
const clock = new FixedClock(START);
const HOUR = 3_600_000;
const at = (hours: number) => clock.set(new Date(START.getTime() + hours * HOUR));
const today = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(new Date());

const offre = (entrepriseId: string, over: Record<string, unknown> = {}) => ({
  entrepriseId,
  titre: 'Serveur / serveuse en brasserie',
  codeRome: 'G1803',
  description: 'Service en salle, accueil des clients, mise en place.',
  typeContrat: 'CDI',
  heuresHebdo: 35,
  dateDebut: '2026-12-20',
  confirmerDoublon: true,
  ...over,
});

describe("L'espace du CRE : liste et export des offres, notes d'entreprise, « à traiter »", () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let autre: SeededStructure;
  let lille: Employeur;
  let roubaix: Employeur;
  const restore = matchingSansDelai();
  const cre = () => bearer(ml.users.cre.token);

  beforeAll(async () => {
    ctx = await createTestContext({ worker: true, clock, env: { OUTBOX_POLL_MS: '50' } });
    ml = await seedStructure(ctx, 'ml-cre-espace');
    autre = await seedStructure(ctx, 'ml-cre-autre');
    lille = await entrepriseWithEmployer(ctx, ml, '59350');
    roubaix = await entrepriseWithEmployer(ctx, ml, '59512');
  });
  afterAll(async () => {
    await ctx.close();
    restore();
  });
  beforeEach(() => at(0));

  const post = (token: string, body: Record<string, unknown>) =>
    ctx.http().post('/offres').set(bearer(token)).send(body).expect(201);
  const list = async (query: Record<string, unknown>) =>
    (
      await ctx
        .http()
        .get('/offres')
        .query({ parPage: 100, ...query })
        .set(cre())
        .expect(200)
    ).body;

  it('filters by status, ROME domain, commune and radius, entreprise, dates; names the entreprise', async () => {
    const t = ml.users.cre.token;
    await post(
      t,
      offre(lille.entrepriseId, { titre: 'Filtre : serveur à Lille', etat: 'publiee' }),
    );
    await post(
      t,
      offre(roubaix.entrepriseId, {
        titre: 'Filtre : cariste à Roubaix',
        codeRome: 'N1101',
        communeInsee: '59512',
      }),
    );
    await post(
      lille.token,
      offre(lille.entrepriseId, {
        titre: 'Filtre : vendeur à Paris',
        codeRome: 'D1106',
        communeInsee: '75056',
        etat: 'a_valider',
      }),
    );
    const titres = (page: { items: { titre: string }[] }) =>
      page.items
        .map((o) => o.titre)
        .filter((x) => x.startsWith('Filtre'))
        .sort();

    expect(titres(await list({ statut: 'a_valider' }))).toEqual(['Filtre : vendeur à Paris']);
    expect(titres(await list({ rome: 'N' }))).toEqual(['Filtre : cariste à Roubaix']);
    expect(titres(await list({ communeInsee: '59350' }))).toEqual(['Filtre : serveur à Lille']);
    // Roubaix is about 11 km from Lille: in a 15 km radius, not in Lille itself; Paris in neither.
    expect(titres(await list({ communeInsee: '59350', rayonKm: 15 }))).toEqual([
      'Filtre : cariste à Roubaix',
      'Filtre : serveur à Lille',
    ]);
    const parEntreprise = await list({ entrepriseId: roubaix.entrepriseId });
    expect(titres(parEntreprise)).toEqual(['Filtre : cariste à Roubaix']);
    expect(parEntreprise.items[0].entrepriseNom).toMatch(/^Entreprise \d+$/);
    expect(titres(await list({ du: today(), au: today() }))).toHaveLength(3);
    expect((await list({ au: '2020-01-01' })).total).toBe(0);

    const page = await list({ parPage: 1, page: 2, tri: 'titre' });
    expect(page).toMatchObject({ page: 2, parPage: 1 });
    expect(page.items).toHaveLength(1);
  });

  it('exports the filtered list as CSV (formulas neutralised) and XLSX; refuses bad requests in French', async () => {
    await post(
      ml.users.cre.token,
      offre(lille.entrepriseId, { titre: '=HYPERLINK("x") export', codeRome: 'K2204' }),
    );
    const csv = await ctx
      .http()
      .get('/offres/export')
      .query({ format: 'csv', rome: 'K', tri: 'titre' })
      .set(cre())
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toContain('offres.csv');
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Intitulé;Entreprise;Statut;Métier (ROME);Contrat;Commune (INSEE);Date de début;Heures par semaine;Postes;Créée le;Publiée le;Identifiant',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(
      /^"'=HYPERLINK\(""x""\) export";Entreprise \d+;brouillon;K2204;CDI;59350;2026-12-20;35;1;/,
    );

    const xlsx = await ctx
      .http()
      .get('/offres/export')
      .query({ format: 'xlsx', communeInsee: '59350', rayonKm: 15 })
      .set(cre())
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const wb = new Workbook();
    await wb.xlsx.load(xlsx.body);
    const ws = wb.getWorksheet('Offres')!;
    const rows = ws.getSheetValues().slice(2) as unknown[][];
    const total = (await list({ communeInsee: '59350', rayonKm: 15 })).total;
    expect(rows).toHaveLength(total);
    expect(rows.map((r) => r[1])).toContain('Filtre : cariste à Roubaix');

    const format = await ctx
      .http()
      .get('/offres/export')
      .query({ format: 'pdf' })
      .set(cre())
      .expect(400);
    expect(format.body).toMatchObject({ field: 'format' });
    expect(format.body.detail).toContain('csv ou xlsx');
    const commune = await ctx
      .http()
      .get('/offres/export')
      .query({ communeInsee: '99999', rayonKm: 10 })
      .set(cre())
      .expect(400);
    expect(commune.body).toMatchObject({ field: 'communeInsee' });
    expect(commune.body.detail).toContain('inconnue');
    await ctx.http().get('/offres/export').set(bearer(lille.token)).expect(403);
  });

  it('notes on an entreprise: who and when, staff only, not across structures', async () => {
    const url = `/entreprises/${lille.entrepriseId}/notes`;
    const first = await ctx
      .http()
      .post(url)
      .set(cre())
      .send({ texte: '  Appel du gérant : besoin de deux serveurs en janvier.  ' })
      .expect(201);
    expect(first.body).toMatchObject({
      texte: 'Appel du gérant : besoin de deux serveurs en janvier.',
      auteur: { id: ml.users.cre.id, prenom: 'Prénom', nom: 'cre' },
    });
    await ctx
      .http()
      .post(url)
      .set(bearer(ml.users.admin.token))
      .send({ texte: 'Visite prévue le 12.' })
      .expect(201);
    const notes = (await ctx.http().get(url).set(cre()).expect(200)).body;
    expect(notes.map((n: { texte: string }) => n.texte)).toEqual([
      'Visite prévue le 12.',
      'Appel du gérant : besoin de deux serveurs en janvier.',
    ]);
    expect(notes[0].auteur.nom).toBe('admin');
    expect(Date.parse(notes[0].createdAt)).toBeGreaterThanOrEqual(Date.parse(notes[1].createdAt));

    const vide = await ctx.http().post(url).set(cre()).send({ texte: '   ' }).expect(400);
    expect(vide.body).toMatchObject({ field: 'texte' });
    expect(vide.body.detail).toContain('La note est vide');
    await ctx.http().get(url).set(bearer(lille.token)).expect(403);
    await ctx.http().get(url).set(bearer(autre.users.cre.token)).expect(404);
    await ctx
      .http()
      .post(`/entreprises/${lille.entrepriseId}/notes`)
      .set(bearer(autre.users.cre.token))
      .send({ texte: 'intrus' })
      .expect(404);
  });

  it('à traiter: offers to validate, memberships, proposals, waiting on the employer with the last reminder, to call', async () => {
    const avant = (await ctx.http().get('/a-traiter').set(cre()).expect(200)).body;
    // An employer who signed up and waits for a CRE; an offer submitted.
    await ctx
      .http()
      .post(`/portail/${ml.code}/inscription`)
      .send({
        email: 'nouveau@a-traiter.test',
        password: 'mot-de-passe-employeur',
        prenom: 'Nina',
        nom: 'Nouvelle',
        entreprise: { siret: fakeSiret(77 + process.pid), raisonSociale: 'Nouvelle SARL' },
      })
      .expect(201);
    await post(lille.token, offre(lille.entrepriseId, { titre: 'À valider', etat: 'a_valider' }));

    // A jeune proposed on an offer; kept; accepts: the employer gets the candidate, then reminders.
    const j = await jeuneMer(ctx, ml, ['N1103']);
    const o = await offrePubliee(ctx, ml, {
      entrepriseId: lille.entrepriseId,
      codeRome: 'N1103',
      titre: 'Préparateur de commandes',
    });
    const mer = await waitFor(
      async () => (await aExaminer(ctx, ml, o.id)).find((m: any) => m.jeuneId === j.id),
      { what: "the jeune's proposal" },
    );
    const apres = (await ctx.http().get('/a-traiter').set(cre()).expect(200)).body;
    expect(apres.offresAValider).toBe(avant.offresAValider + 1);
    expect(apres.rattachementsAValider).toBe(avant.rattachementsAValider + 1);
    expect(apres.propositionsATrier).toBeGreaterThanOrEqual(1);

    await ctx.http().post(`/mises-en-relation/${mer.id}/retenir`).set(cre()).send({}).expect(200);
    const propo = await ctx.smtp.waitForMail(
      (m) => m.to.includes(j.email) && /Préparateur/.test(m.subject),
    );
    expect((await ctx.http().get('/a-traiter').set(cre()).expect(200)).body.attenteJeune).toBe(
      apres.attenteJeune + 1,
    );
    await ctx
      .http()
      .post(lien(propo.text, 'mer/jeune'))
      .type('form')
      .send({ reponse: 'oui' })
      .expect(200);
    await waitFor(async () => (await merRow(ctx, mer.id)).statut === 'transmise_employeur', {
      what: 'transmise_employeur',
    });
    await ctx.smtp.waitForMail((m) => m.to.includes(lille.email) && /Préparateur/.test(m.subject));
    // Messages are stamped by the database's clock: the reminder's is after this instant.
    const avantRelance = Date.now();
    at(7 * 24 + 1);
    await balayer(ctx);
    await waitFor(async () => (await merRow(ctx, mer.id)).relances === 1, { what: 'reminder 1' });
    const relance = await waitFor(
      async () => {
        const b = (await ctx.http().get('/a-traiter').set(cre()).expect(200)).body;
        const m = b.employeur.find((x: { id: string }) => x.id === mer.id);
        return m?.dernierEnvoiAt && Date.parse(m.dernierEnvoiAt) >= avantRelance && b;
      },
      { what: 'the last reminder on the home' },
    );
    expect(relance.attenteEmployeur).toBeGreaterThanOrEqual(1);
    expect(relance.employeur.find((x: { id: string }) => x.id === mer.id)).toMatchObject({
      relances: 1,
      offre: 'Préparateur de commandes',
      jeune: expect.stringMatching(/^Prenom\d+ Mer\d+$/),
      entreprise: expect.stringMatching(/^Entreprise \d+$/),
    });

    at(14 * 24 + 1);
    await balayer(ctx);
    at(21 * 24 + 1);
    await balayer(ctx);
    await waitFor(async () => (await merRow(ctx, mer.id)).statut === 'sans_reponse_employeur', {
      what: 'sans_reponse_employeur',
    });
    const appel = (await ctx.http().get('/a-traiter').set(cre()).expect(200)).body;
    expect(appel.aAppeler).toBe(1);
    expect(appel.appels.map((x: { id: string }) => x.id)).toEqual([mer.id]);
    expect(appel.appels[0].relances).toBe(2);

    // Nobody else's figures: another structure's CRE sees none of it; a conseiller may not ask.
    const ailleurs = (await ctx.http().get('/a-traiter').set(bearer(autre.users.cre.token))).body;
    expect(ailleurs).toMatchObject({ offresAValider: 0, aAppeler: 0, employeur: [] });
    await ctx.http().get('/a-traiter').set(bearer(ml.users.conseiller.token)).expect(403);
  });
});

/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { bearer, PASSWORD, seedStructure, SeededStructure } from './support/fixtures';
import { matchingSansDelai } from './support/mer-env';
import { offrePubliee } from './support/matching-fixtures';
import { aExaminer, jeuneMer, lien, merRow } from './support/mer-fixtures';
import { Employeur, entrepriseWithEmployer } from './support/offres-fixtures';
import { PORTAIL_SCREENSHOTS, buildPortail, checkPage } from './support/portail';
import { createTestContext, TestContext } from './support/test-context';
import { waitFor } from './support/wait-for';

const inDays = (n: number) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(
    new Date(Date.now() + n * 86_400_000),
  );

/**
 * Issue 14's journey for the CRE: an offer validated → screened in the portal with the keyboard
 * (one kept, one discarded, a jeune proposed by hand, a bulk line refused) → the jeune accepts →
 * the introduction's board and timeline, a reminder → the hire given by phone → offer pourvue.
 * The offer is validated through the API (the offers' pages are another part of issue 14).
 */
describe('The portal in Chromium: the CRE screens, follows an introduction and records a hire (axe, keyboard, 375 and 1280 px)', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let emp: Employeur;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  const restore = matchingSansDelai();
  const checked: string[] = [];
  const errors: string[] = [];

  async function check(name: string) {
    await checkPage(page, name, 'cre-');
    checked.push(name);
  }
  const activeId = () => page.evaluate(() => document.activeElement?.id ?? '');
  /** Tab (only the keyboard) until the focused element matches, as a keyboard user would. */
  async function tabTo(selector: string, max = 60) {
    for (let i = 0; i < max; i++) {
      if (await page.evaluate((s) => !!document.activeElement?.matches(s), selector)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`${selector} not reached with Tab`);
  }

  beforeAll(async () => {
    buildPortail();
    ctx = await createTestContext({ worker: true, env: { OUTBOX_POLL_MS: '50' } });
    await ctx.api.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(ctx.api.getHttpServer().address() as AddressInfo).port}`;
    ml = await seedStructure(ctx, 'ml-portail-cre');
    emp = await entrepriseWithEmployer(ctx, ml);
    browser = await launchChromium();
    context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
    });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => errors.push(error.message));
    page.on(
      'console',
      (m) =>
        m.type() === 'error' && !/Failed to load resource/.test(m.text()) && errors.push(m.text()),
    );
    mkdirSync(PORTAIL_SCREENSHOTS, { recursive: true });
    // The portal's build comes first (several minutes on a loaded machine).
  }, 400_000);
  afterAll(async () => {
    await browser?.close();
    await ctx?.close();
    restore();
  });

  it('validated offer → keyboard screening (kept, discarded, by hand, a refused bulk line) → jeune accepts → reminder → hire by phone: offer pourvue', async () => {
    const cre = bearer(ml.users.cre.token);
    const gardee = await jeuneMer(ctx, ml, ['G1803']);
    const ecartee = await jeuneMer(ctx, ml, ['G1803']);
    // Another trade: only a CRE proposes this one.
    const aLaMain = await jeuneMer(ctx, ml, ['K2204']);
    const nomMain = (
      await ctx.dataSource.query(`SELECT prenom, nom FROM jeunes WHERE id = $1`, [aLaMain.id])
    )[0];

    // The employer's offer waits for validation; the CRE validates it (API): the matcher proposes.
    const offre = await ctx
      .http()
      .post('/offres')
      .set(bearer(emp.token))
      .send({
        entrepriseId: emp.entrepriseId,
        titre: 'Serveur ou serveuse en brasserie',
        codeRome: 'G1803',
        description: 'Service en salle le midi.',
        typeContrat: 'CDD',
        dureeValeur: 6,
        dureeUnite: 'mois',
        heuresHebdo: 35,
        dateDebut: inDays(20),
        communeInsee: '59350',
        etat: 'a_valider',
      })
      .expect(201);
    await ctx.http().post(`/offres/${offre.body.id}/valider`).set(cre).send({}).expect(200);
    const file = await aExaminer(ctx, ml, offre.body.id, 2);
    const [premiere, seconde] = file.map((m: any) => m.id as string);
    expect([gardee.id, ecartee.id].sort()).toEqual(file.map((m: any) => m.jeuneId).sort());
    // The queue's first line is kept (oldest first: the order is the API's).
    const retenu = file[0].jeuneId === gardee.id ? gardee : ecartee;

    // The CRE's session (the login page is the employer journey's).
    const login = await context.request.post(`${base}/auth/session`, {
      data: { email: ml.users.cre.email, password: PASSWORD },
    });
    expect(login.ok()).toBe(true);
    await page.goto(`${base}/portail/ml/tri`);
    await page.getByText('2 propositions à examiner').waitFor();
    expect(await page.locator('main tbody tr').count()).toBe(2);
    expect(await page.locator('main').innerText()).toContain('Serveur ou serveuse en brasserie');
    await check('tri');

    // Keyboard only: from the skip link, Tab to the first line's "Retenir", Enter.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu');
    await tabTo(`#retenir-${premiere}`);
    await page.keyboard.press('Enter');
    // The line is gone; the focus is on the next line's "Retenir".
    await page.getByText('1 proposition à examiner').waitFor();
    await waitFor(async () => (await activeId()) === `retenir-${seconde}`, {
      what: 'the focus on the next line',
    });
    // Tab to "Écarter", a reason from the list, a comment, confirm: all by keyboard.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // The reason's list has the focus; Tab, Tab to "Écarter": without a reason, told on the
    // field, and the focus goes back to it.
    await waitFor(async () => (await activeId()) === 'champ-motif-ecart', {
      what: 'the focus on the reason',
    });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await dialog.getByText('Choisissez un motif', { exact: true }).waitFor();
    expect(await activeId()).toBe('champ-motif-ecart');
    await page.keyboard.press('ArrowDown');
    expect(await dialog.getByLabel(/^Motif/).inputValue()).toBe('profil');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Cherche un poste en cuisine.');
    await check('tri-ecart');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Aucune proposition à examiner.').waitFor();
    await waitFor(async () => (await activeId()) === 'file-resume', {
      what: 'the focus on the queue summary',
    });
    const kept = premiere;
    expect((await merRow(ctx, kept)).statut).toBe('retenue');
    expect(await merRow(ctx, seconde)).toMatchObject({ statut: 'ecartee', motif_code: 'profil' });

    // A jeune proposed by hand: search, pick the offer, propose.
    await page.getByRole('button', { name: 'Proposer un jeune à la main' }).click();
    const main = page.getByRole('dialog', { name: 'Proposer un jeune à la main' });
    await main.getByLabel(/^Offre publiée/).selectOption(offre.body.id);
    await main.getByLabel('Nom ou prénom du jeune').fill(nomMain.nom);
    await main.getByRole('button', { name: 'Rechercher' }).click();
    await main.getByText('1 jeune trouvé').waitFor();
    await check('tri-manuelle');
    await main.getByRole('button', { name: `Proposer ${nomMain.prenom} ${nomMain.nom}` }).click();
    await page.getByText(`${nomMain.prenom} ${nomMain.nom} est ajouté(e) à la file`).waitFor();
    await page.getByText('1 proposition à examiner').waitFor();
    expect(await page.locator('main').innerText()).toContain('Proposé(e) à la main');

    // In bulk, while another CRE kept it meanwhile: the line's own error is shown.
    const hand = (await aExaminer(ctx, ml, offre.body.id)).find(
      (m: any) => m.jeuneId === aLaMain.id,
    );
    await page.getByLabel(new RegExp(`^Sélectionner ${nomMain.prenom} ${nomMain.nom}`)).check();
    await ctx.http().post(`/mises-en-relation/${hand.id}/retenir`).set(cre).send({}).expect(200);
    await page.getByRole('button', { name: 'Retenir la sélection (1)' }).click();
    const refus = page.getByRole('alert').filter({ hasText: '1 ligne non appliquée' });
    await refus.waitFor();
    expect(await refus.innerText()).toMatch(/Serveur ou serveuse en brasserie/);
    await check('tri-lot-erreur');

    // The jeune accepts through the emailed link.
    const mail = await ctx.smtp.waitForMail((m) => m.to.includes(retenu.email));
    await ctx
      .http()
      .post(lien(mail.text, 'mer/jeune'))
      .type('form')
      .send({ reponse: 'oui' })
      .expect(200);
    expect((await merRow(ctx, kept)).statut).toBe('transmise_employeur');

    // The board, waiting on the employer (the CRE home links here).
    await page.goto(`${base}/portail/ml/mises-en-relation?attendu=employeur`);
    await page.getByRole('heading', { name: /Transmise à l'employeur : 1/ }).waitFor();
    expect(await page.getByLabel('En attente de').inputValue()).toBe('employeur');
    await check('mer-liste');
    await page.getByLabel('En attente de').selectOption('jeune');
    await page.getByRole('heading', { name: /Proposée au jeune, réponse attendue : 1/ }).waitFor();
    expect(page.url()).toContain('attendu=jeune');
    await page.getByLabel('En attente de').selectOption('employeur');
    await page.getByRole('heading', { name: /Transmise à l'employeur : 1/ }).waitFor();

    // The detail: the jeune's answer in the timeline; a reminder, then the same again.
    const nomGardee = (
      await ctx.dataSource.query(`SELECT prenom, nom FROM jeunes WHERE id = $1`, [retenu.id])
    )[0];
    await page.getByRole('link', { name: `${nomGardee.prenom} ${nomGardee.nom}` }).click();
    await page.getByRole('heading', { name: 'Historique' }).waitFor();
    const historique = page.locator('section', { hasText: 'Historique' });
    await historique.getByText('Par le jeune (lien reçu)').waitFor();
    await historique.getByText('E-mail à l’employeur').first().waitFor();
    expect(await page.locator('main').innerText()).not.toContain(retenu.email);
    await page.getByRole('button', { name: 'Relancer l’employeur' }).click();
    await page.getByText('Relance envoyée à l’employeur.').waitFor();
    await page.getByText(/Dernière relance de l’employeur :.*\(par un CRE\)/).waitFor();
    await page.getByRole('button', { name: 'Relancer l’employeur' }).click();
    await page.getByText(/Une relance est déjà partie le/).waitFor();
    await check('mer-detail');

    // The employer answers by phone: hired, recorded by the CRE.
    await page.getByRole('button', { name: 'Noter la réponse de l’employeur' }).click();
    const reponse = page.getByRole('dialog');
    await reponse.getByRole('button', { name: 'Enregistrer la réponse' }).click();
    await reponse.getByText('Choisissez la réponse de l’employeur').first().waitFor();
    await reponse.getByLabel('Le jeune est recruté').check();
    await reponse.getByLabel('Date de début du contrat').fill(inDays(20));
    await reponse.getByLabel('Date de fin du contrat').fill(inDays(200));
    await check('mer-reponse');
    await reponse.getByRole('button', { name: 'Enregistrer le recrutement' }).click();
    await page.getByText('Recrutement enregistré.').waitFor();
    await page.getByText(/Statut :.*recrutement/).waitFor();
    expect((await merRow(ctx, kept)).statut).toBe('recrutee');
    await check('mer-recrutee');
    const apres = await ctx.http().get(`/offres/${offre.body.id}`).set(cre).expect(200);
    expect(apres.body.statut).toBe('pourvue');

    expect(checked).toHaveLength(8);
    expect(errors).toEqual([]);
  }, 240_000);

  it('a queue longer than a page: 50 lines, the page in the URL, keeping the last line of a page moves the focus to the line arriving from the next', async () => {
    // Two real proposals (the matcher's), after 49 older lines written as the matcher would.
    for (let i = 0; i < 2; i++) await jeuneMer(ctx, ml, ['I1604']);
    const offre = await offrePubliee(ctx, ml, { codeRome: 'I1604', titre: 'Mécanicien cycles' });
    const reelles = await aExaminer(ctx, ml, offre.id, 2);
    await ctx.dataSource.query(
      `INSERT INTO mises_en_relation (proposition_id, offre_id, jeune_id, entreprise_id, structure_id,
         jeune_structure_id, statut, statut_at, score, raisons, detail, origine, created_at, updated_at)
       SELECT gen_random_uuid(), $1, gen_random_uuid(), $2, $3, $3, 'proposee', now(), 50, '{}',
         '{}'::jsonb, 'matcher', now() - interval '1 day' + n * interval '1 second', now()
       FROM generate_series(1, 49) AS n`,
      [offre.id, reelles[0].entrepriseId, ml.id],
    );
    const [a, b] = reelles.map((m: { id: string }) => m.id);
    await page.goto(`${base}/portail/ml/tri`);
    await page.getByText('51 propositions à examiner (page 1 sur 2)').waitFor();
    expect(await page.locator('main tbody tr').count()).toBe(50);
    await page.getByRole('button', { name: 'Page 2', exact: true }).click();
    await page.getByText('(page 2 sur 2)').waitFor();
    expect(page.url()).toContain('page=2');
    expect(await page.locator('main tbody tr').count()).toBe(1);
    await page.getByRole('button', { name: 'Page 1', exact: true }).click();
    await page.getByText('(page 1 sur 2)').waitFor();
    // The last line of page 1, by keyboard: the focus goes to the line that moves up.
    await page.locator(`#retenir-${a}`).focus();
    await page.keyboard.press('Enter');
    await page.getByText('50 propositions à examiner').waitFor();
    await waitFor(async () => (await activeId()) === `retenir-${b}`, {
      what: 'the focus on the line arriving from page 2',
    });
    expect((await merRow(ctx, a)).statut).toBe('retenue');
    expect(errors).toEqual([]);
  }, 120_000);
});

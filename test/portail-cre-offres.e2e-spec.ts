/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { bearer, PASSWORD, seedStructure, SeededStructure } from './support/fixtures';
import { IMPORT_HEADER, importRow, toCsv } from './support/jeunes-csv';
import { createJeune } from './support/jeunes-fixtures';
import { Employeur, entrepriseWithEmployer, fakeSiret } from './support/offres-fixtures';
import { PORTAIL_SCREENSHOTS, buildPortail, checkPage } from './support/portail';
import { createTestContext, TestContext } from './support/test-context';

const offre = (entrepriseId: string, over: Record<string, unknown>) => ({
  entrepriseId,
  description: 'Accueil des clients, mise en place, service.',
  typeContrat: 'CDI',
  heuresHebdo: 35,
  dateDebut: '2027-01-11',
  etat: 'a_valider',
  confirmerDoublon: true,
  ...over,
});

describe('The portal in Chromium: the CRE’s home, offers, entreprises and jeunes (axe, keyboard, 375 and 1280 px)', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let emp: Employeur;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  const errors: string[] = [];

  async function check(name: string) {
    await checkPage(page, name);
  }

  async function login(email: string) {
    await page.goto(`${base}/portail/connexion`);
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
  }

  const rows = () => page.locator('main table tbody tr');

  beforeAll(async () => {
    buildPortail();
    ctx = await createTestContext({ worker: true, env: { OUTBOX_POLL_MS: '50' } });
    await ctx.api.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(ctx.api.getHttpServer().address() as AddressInfo).port}`;
    ml = await seedStructure(ctx, 'ml-portail-cre');
    emp = await entrepriseWithEmployer(ctx, ml, '59350');
    const post = (body: Record<string, unknown>) =>
      ctx.http().post('/offres').set(bearer(emp.token)).send(body).expect(201);
    await post(offre(emp.entrepriseId, { titre: 'Serveur en brasserie', codeRome: 'G1803' }));
    await post(
      offre(emp.entrepriseId, {
        titre: 'Vendeur en boulangerie',
        codeRome: 'D1106',
        communeInsee: '59512',
      }),
    );
    await ctx
      .http()
      .post('/offres')
      .set(bearer(ml.users.cre.token))
      .send(
        offre(emp.entrepriseId, { titre: 'Agent de propreté', codeRome: 'K2204', etat: 'publiee' }),
      )
      .expect(201);
    // An employer who signed up from the portal, waiting for a CRE.
    await ctx
      .http()
      .post(`/portail/${ml.code}/inscription`)
      .send({
        email: 'nina@nouvelle.test',
        password: 'mot-de-passe-employeur',
        prenom: 'Nina',
        nom: 'Nouvelle',
        entreprise: {
          siret: fakeSiret(4100 + (process.pid % 1000)),
          raisonSociale: 'Nouvelle SARL',
        },
      })
      .expect(201);
    await createJeune(ctx, ml.users.conseiller.token, { nom: 'Benali', prenom: 'Lina' });
    browser = await launchChromium();
    context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      acceptDownloads: true,
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
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await ctx?.close();
  });

  it('home counts, offers filtered in the URL, validated, refused with a reason, exported', async () => {
    await login(ml.users.cre.email);
    await page.getByRole('heading', { name: 'À traiter' }).waitFor();
    expect(page.url()).toMatch(/\/portail\/ml\/a-traiter$/);
    const tuile = (nom: string) => page.getByRole('link', { name: new RegExp(`^\\d+ ${nom}$`) });
    expect(await tuile('Offres à valider').textContent()).toBe('2 Offres à valider');
    expect(await tuile('Comptes employeurs à valider').textContent()).toBe(
      '1 Comptes employeurs à valider',
    );
    await check('ml-a-traiter');

    // The tile leads to the list, filtered; the domain filter goes to the URL and survives a reload.
    await tuile('Offres à valider').click();
    await page.getByRole('heading', { name: 'Offres', exact: true }).waitFor();
    await page.getByText('2 offres').waitFor();
    await page.getByRole('combobox', { name: 'Domaine (ROME)' }).selectOption('G');
    await page.getByText('1 offre', { exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('statut')).toBe('a_valider');
    expect(new URL(page.url()).searchParams.get('rome')).toBe('G');
    await page.reload();
    await page.getByText('1 offre', { exact: true }).waitFor();
    expect(await rows().count()).toBe(1);
    expect(await rows().first().textContent()).toContain('Serveur en brasserie');
    await check('ml-offres');

    // CSV export of what is shown.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Exporter en CSV' }).click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const c of (await download.createReadStream())!) chunks.push(c as Buffer);
    const csv = Buffer.concat(chunks)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(csv).toHaveLength(2);
    expect(csv[1]).toMatch(/^Serveur en brasserie;Entreprise \d+;à valider;G1803;/);

    // Validate: published.
    await page.getByRole('link', { name: 'Serveur en brasserie' }).click();
    await page.getByRole('heading', { name: 'Serveur en brasserie' }).waitFor();
    await check('ml-offre-a-valider');
    await page.getByRole('button', { name: 'Valider et publier' }).click();
    await page.getByText('Offre publiée : le matching va proposer des jeunes.').waitFor();
    await page.getByText('Publiée', { exact: true }).first().waitFor();

    // Refuse the other one with a reason: the reason is required, then logged.
    await page.goto(`${base}/portail/ml/offres?statut=a_valider`);
    await page.getByRole('link', { name: 'Vendeur en boulangerie' }).click();
    await page.getByRole('button', { name: 'Refuser', exact: true }).click();
    await page.getByRole('button', { name: 'Refuser et renvoyer à l’employeur' }).click();
    await page.getByText('Indiquez le motif : l’employeur le recevra.').waitFor();
    await page.getByLabel('Motif du refus').fill('Le salaire doit figurer sur l’offre.');
    await page.getByRole('button', { name: 'Refuser et renvoyer à l’employeur' }).click();
    await page.getByText('Offre renvoyée à l’employeur avec votre motif.').waitFor();
    await page.getByRole('cell', { name: 'Le salaire doit figurer sur l’offre.' }).waitFor();
    await check('ml-offre-refusee');

    const statuts = await ctx.dataSource.query(
      `SELECT titre, statut FROM offres WHERE entreprise_id = $1 ORDER BY titre`,
      [emp.entrepriseId],
    );
    expect(statuts).toEqual([
      { titre: 'Agent de propreté', statut: 'publiee' },
      { titre: 'Serveur en brasserie', statut: 'publiee' },
      { titre: 'Vendeur en boulangerie', statut: 'brouillon' },
    ]);
    expect(errors).toEqual([]);
  });

  it('entreprises by keyboard: a membership validated, a note written; jeunes without contact details', async () => {
    await page.goto(`${base}/portail/ml/a-traiter`);
    await page.getByRole('heading', { name: 'À traiter' }).waitFor();
    // Keyboard only: the skip link, then the menu entry.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu');
    await page.getByRole('link', { name: 'Entreprises', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Entreprises', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Valider le compte de Nina Nouvelle' }).waitFor();
    await check('ml-entreprises');
    await page.getByRole('button', { name: 'Valider le compte de Nina Nouvelle' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Décision enregistrée').waitFor();
    await page.getByText('Aucun compte en attente.').waitFor();
    const [membre] = await ctx.dataSource.query(
      `SELECT m.statut FROM entreprise_membres m JOIN users u ON u.id = m.user_id WHERE u.email = $1`,
      ['nina@nouvelle.test'],
    );
    expect(membre.statut).toBe('validee');

    await page.getByLabel('Raison sociale, enseigne ou SIRET').focus();
    await page.keyboard.type('Entreprise');
    await page.keyboard.press('Enter');
    await page.getByText(/^\d+ entreprises?$/).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('Entreprise');
    const [{ raison_sociale: nom }] = await ctx.dataSource.query(
      `SELECT raison_sociale FROM entreprises WHERE id = $1`,
      [emp.entrepriseId],
    );
    await page.getByRole('link', { name: nom }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: nom }).waitFor();
    await page.getByRole('link', { name: 'Serveur en brasserie' }).waitFor();
    await page.getByLabel('Nouvelle note').focus();
    await page.keyboard.type('Appel du gérant : deux postes en janvier.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Appel du gérant : deux postes en janvier.').waitFor();
    await page.getByText(/Prénom cre, le /).waitFor();
    await check('ml-entreprise');

    await page.goto(`${base}/portail/ml/jeunes?q=Benali`);
    await page.getByRole('link', { name: 'Lina Benali' }).click();
    await page.getByRole('heading', { name: 'Lina Benali' }).waitFor();
    await page.getByRole('heading', { name: 'Consentements' }).waitFor();
    const texte = await page.locator('main').textContent();
    expect(texte).not.toMatch(/lina\.benali@example\.fr|06 12|\+336/i);
    expect(texte).toContain('E-mail : ne peut pas être prévenu(e)');
    await check('ml-jeune');
    expect(errors).toEqual([]);
  });

  it('the administrator imports a CSV: progress, then the per-row report', async () => {
    await context.clearCookies();
    await login(ml.users.admin.email);
    await page.getByRole('heading', { name: 'À traiter' }).waitFor();
    await page.goto(`${base}/portail/ml/jeunes`);
    await page.getByRole('link', { name: 'Importer un fichier' }).click();
    await page.getByRole('heading', { name: 'Importer des jeunes' }).waitFor();
    await check('ml-jeunes-import');
    const lignes = [0, 1, 2].map((i) => importRow(i, ml.users.conseiller.email));
    lignes[2][IMPORT_HEADER.indexOf('date_naissance')] = '31/02/2005';
    await page.locator('input[type=file]').setInputFiles({
      name: 'jeunes.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(toCsv([IMPORT_HEADER, ...lignes])),
    });
    await page.getByRole('button', { name: 'Importer' }).click();
    await page.getByRole('heading', { name: 'Import terminé' }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    await page.getByText('3 lignes : 2 créés, 0 modifié, 0 inchangé, 1 rejeté.').waitFor();
    const rapport = page.getByRole('table', { name: 'Rapport ligne par ligne' });
    expect(await rapport.locator('tbody tr').count()).toBeGreaterThanOrEqual(1);
    expect(await rapport.textContent()).toContain('rejeté');
    await check('ml-jeunes-import-rapport');
    expect(errors).toEqual([]);
  });
});

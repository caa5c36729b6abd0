/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { Browser, Page } from 'playwright-core';
import { bearer } from './support/fixtures';
import { Employeur, entrepriseWithEmployer, seedStructure } from './support/offres-fixtures';
import { PORTAIL_SCREENSHOTS, buildPortail, checkPage } from './support/portail';
import { createTestContext, TestContext } from './support/test-context';

const PUBLIEES = 28;
const BROUILLONS = 3;
const TOTAL = PUBLIEES + BROUILLONS;

describe('The portal in Chromium: the employer home shows one page of offers, filtered and sorted from the URL (axe)', () => {
  let ctx: TestContext;
  let browser: Browser;
  let page: Page;
  let base: string;
  let employeur: Employeur;
  const errors: string[] = [];

  async function check(name: string) {
    await checkPage(page, name);
  }
  const titres = () => page.locator('main tbody tr td:first-child').allInnerTexts();
  const search = () => new URL(page.url()).search;

  beforeAll(async () => {
    buildPortail();
    ctx = await createTestContext();
    await ctx.api.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(ctx.api.getHttpServer().address() as AddressInfo).port}`;
    const ml = await seedStructure(ctx, 'ml-portail-accueil');
    employeur = await entrepriseWithEmployer(ctx, ml);
    const offre = (n: number) => ({
      entrepriseId: employeur.entrepriseId,
      titre: `Offre n° ${n}`,
      codeRome: 'G1803',
      description: 'Service en salle, midi et soir.',
      typeContrat: 'CDI',
      heuresHebdo: 35,
      dateDebut: new Date(Date.now() + (30 + n) * 86_400_000).toISOString().slice(0, 10),
      confirmerDoublon: true,
    });
    // One at a time: "most recent first" is the order of creation.
    for (let n = 1; n <= PUBLIEES; n++)
      await ctx
        .http()
        .post('/offres')
        .set(bearer(ml.users.cre.token))
        .send({ ...offre(n), etat: 'publiee' })
        .expect(201);
    for (let n = PUBLIEES + 1; n <= TOTAL; n++)
      await ctx.http().post('/offres').set(bearer(employeur.token)).send(offre(n)).expect(201);
    browser = await launchBrowser();
    mkdirSync(PORTAIL_SCREENSHOTS, { recursive: true });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await ctx?.close();
  });

  async function launchBrowser() {
    const { launchChromium } = await import('./support/chromium');
    const b = await launchChromium();
    const context = await b.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
    });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => errors.push(error.message));
    return b;
  }

  it('25 rows, counters over all offers, pages, filter and sort kept in the URL (reload, back)', async () => {
    await page.goto(`${base}/portail/`);
    await page.getByLabel('Adresse e-mail').fill(employeur.email);
    await page.getByLabel('Mot de passe').fill('mot-de-passe-employeur');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: `Mes offres (${TOTAL})` }).waitFor();
    expect(await titres()).toHaveLength(25);
    expect((await titres())[0]).toBe(`Offre n° ${TOTAL}`);
    // The drafts counter counts all offers, not the page shown.
    expect(await page.locator('main').innerText()).toMatch(/3\s*brouillon\(s\) à terminer/);
    await check('accueil-offres');

    await page.getByRole('link', { name: 'Page suivante ›' }).click();
    await page.getByText('Page 2 sur 2', { exact: true }).waitFor();
    expect(search()).toBe('?page=2');
    expect(await titres()).toEqual([
      'Offre n° 6',
      'Offre n° 5',
      'Offre n° 4',
      'Offre n° 3',
      'Offre n° 2',
      'Offre n° 1',
    ]);

    await page.getByLabel('Trier par').selectOption({ label: 'Titre (A à Z)' });
    await page.getByText('Page 1 sur 2', { exact: true }).waitFor();
    expect(search()).toBe('?tri=titre'); // a new order starts at page 1
    expect((await titres()).slice(0, 3)).toEqual(['Offre n° 1', 'Offre n° 2', 'Offre n° 3']);

    await page.getByLabel('Afficher').selectOption('brouillon');
    await page.waitForFunction(() => document.querySelectorAll('main tbody tr').length === 3);
    expect(await page.getByLabel('Afficher').locator('option:checked').innerText()).toBe(
      'Brouillons (3)',
    );
    expect(search()).toBe('?filtre=brouillon&tri=titre');
    expect(await titres()).toEqual(['Offre n° 29', 'Offre n° 30', 'Offre n° 31']);
    await check('accueil-offres-filtrees');

    // A reload, then the back button, keep what the URL says.
    await page.reload();
    await page.getByRole('heading', { name: `Mes offres (${TOTAL})` }).waitFor();
    expect(await titres()).toEqual(['Offre n° 29', 'Offre n° 30', 'Offre n° 31']);
    await page.goBack();
    await page.getByText('Page 1 sur 2', { exact: true }).waitFor();
    expect(search()).toBe('?tri=titre');
    expect(await titres()).toHaveLength(25);

    // The drafts counter leads to the drafts.
    await page.goto(`${base}/portail/`);
    await page.getByRole('link', { name: 'brouillon(s) à terminer' }).click();
    await page.waitForFunction(() => document.querySelectorAll('main tbody tr').length === 3);
    expect(search()).toBe('?filtre=brouillon');
    expect(errors).toEqual([]);
  });
});

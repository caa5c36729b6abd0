/// <reference lib="dom" />
import { UsersService } from '@app/accounts';
import { OutboxEvent, Role } from '@app/core';
import { mkdirSync, readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { bearer, PASSWORD, seedStructure, SeededStructure } from './support/fixtures';
import { genererAnnee } from './support/pilotage-annee';
import { PORTAIL_SCREENSHOTS, buildPortail, checkPage } from './support/portail';
import { createTestContext, TestContext } from './support/test-context';
import { waitFor } from './support/wait-for';

const ANNEE = { du: '2025-01-01', au: '2025-12-31' };
const OPERATEUR = 'operateur@portail-rapport.test';

/** The figure as the page writes it (« 1 234 », « 60 % », « 12,5 jours »), as a number. */
const nombre = (text: string) =>
  Number(text.replace(/[\s\u202f\u00a0]|%|jours?/g, '').replace(',', '.'));

describe('The yearly report in the portal: figures as the API’s, filters in the URL, CSV, print, network', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  const errors: string[] = [];

  async function check(name: string) {
    await checkPage(page, name);
  }

  async function login(email: string) {
    context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      acceptDownloads: true,
    });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${base}/portail/connexion`);
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
  }

  const api = async (path: string, query: Record<string, string>) =>
    (await ctx.http().get(path).query(query).set(bearer(ml.users.admin.token)).expect(200)).body;

  /** Every figure of the page's summary table equals the API's. */
  async function memesChiffres(query: Record<string, string>) {
    const r = await api('/pilotage/rapport', query);
    for (const i of r.indicateurs) {
      const text = await page.getByTestId(`valeur-${i.code}`).innerText();
      const attendu =
        i.valeur === null ? NaN : i.unite === 'part' ? Math.round(i.valeur * 1000) / 10 : i.valeur;
      if (i.valeur === null) expect({ code: i.code, text }).toEqual({ code: i.code, text: '—' });
      else expect({ code: i.code, v: nombre(text) }).toEqual({ code: i.code, v: attendu });
    }
    return r;
  }

  beforeAll(async () => {
    buildPortail();
    ctx = await createTestContext({ worker: true, env: { OUTBOX_POLL_MS: '50' } });
    await ctx.api.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(ctx.api.getHttpServer().address() as AddressInfo).port}`;
    ml = await seedStructure(ctx, 'ml-portail-rapport');
    const annee = genererAnnee(ml.id, [ml.users.cre.id, ml.users.admin.id]);
    await ctx.dataSource
      .getRepository(OutboxEvent)
      .insert(annee.events.map((e) => ({ ...e }) as never));
    await waitFor(
      async () =>
        (
          await ctx.dataSource.query(
            'SELECT count(*)::int AS n FROM pilotage_faits WHERE structure_id = $1',
            [ml.id],
          )
        )[0].n === annee.events.length,
      { timeoutMs: 60_000, what: 'the generated year in the read model' },
    );
    await ctx.api.get(UsersService).ensure({
      structureId: ml.id,
      email: OPERATEUR,
      role: Role.OPERATEUR,
      prenom: 'Opé',
      nom: 'Rateur',
      password: PASSWORD,
    });
    browser = await launchChromium();
    mkdirSync(PORTAIL_SCREENSHOTS, { recursive: true });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await ctx?.close();
  });

  it('the admin reads the year’s report, filters it by keyboard, downloads the CSV, prints it', async () => {
    await login(ml.users.admin.email);
    await page.getByRole('link', { name: 'Rapport d’activité' }).click();
    await page.getByRole('heading', { name: 'Rapport d’activité', level: 1 }).waitFor();
    await page.goto(`${base}/portail/ml/rapport?du=${ANNEE.du}&au=${ANNEE.au}`);
    await page.getByTestId('synthese').waitFor();
    const r = await memesChiffres(ANNEE);
    // Each figure's definition and date, from the API, on the page.
    for (const i of r.indicateurs.slice(0, 5)) {
      await page.locator(`[data-code="${i.code}"]`).getByText(i.definition).first().waitFor();
    }
    // A chart is an image with its summary, followed by its table.
    const chart = page.locator('section[data-code="offres_publiees"] [role="img"]').first();
    expect(await chart.getAttribute('aria-label')).toMatch(
      /^Graphique en barres, offres publiées, par type de contrat .*: Contrat à durée déterminée : \d+/,
    );
    await check('rapport-annee');

    // Filters with the keyboard: the domain, then « Afficher »; the URL keeps them.
    await page.getByLabel('Domaine ROME', { exact: true }).focus();
    await page.keyboard.press('End'); // N, the last domain
    await page.getByLabel('Domaine ROME', { exact: true }).selectOption('K');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/domaine=K/);
    expect(new URL(page.url()).searchParams.get('du')).toBe(ANNEE.du);
    await page.getByText('— domaine ROME K').waitFor();
    await memesChiffres({ ...ANNEE, domaine: 'K' });
    await page.reload();
    // Kept after a reload (once the domains' list is loaded).
    await waitFor(
      async () => (await page.getByLabel('Domaine ROME', { exact: true }).inputValue()) === 'K',
      { timeoutMs: 20_000, what: 'the domain filter kept after a reload' },
    );
    await page.getByTestId('synthese').waitFor();

    // CSV with the same filters: the API's file.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Télécharger en CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const direct = await ctx
      .http()
      .get('/pilotage/rapport/csv')
      .query({ ...ANNEE, domaine: 'K' })
      .set(bearer(ml.users.admin.token))
      .buffer(true)
      .parse((res, cb) => {
        let s = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (s += c));
        res.on('end', () => cb(null, s));
      })
      .expect(200);
    expect(csv).toBe(direct.body);
    expect(csv).toContain('Offres publiées');
    expect(
      await page.getByRole('link', { name: 'Télécharger en XLSX (Excel)' }).getAttribute('href'),
    ).toBe(`/pilotage/rapport/xlsx?du=${ANNEE.du}&au=${ANNEE.au}&domaine=K`);

    // « Imprimer » opens the browser's print; the print version has no menu, filters or buttons.
    await page.evaluate(() => {
      (window as unknown as { imprime: boolean }).imprime = false;
      window.print = () => ((window as unknown as { imprime: boolean }).imprime = true);
    });
    await page.getByRole('button', { name: 'Imprimer' }).click();
    expect(await page.evaluate(() => (window as unknown as { imprime: boolean }).imprime)).toBe(
      true,
    );
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Afficher' }).isVisible()).toBe(false);
    expect(await page.getByTestId('synthese').isVisible()).toBe(true);
    await page.screenshot({
      path: join(PORTAIL_SCREENSHOTS, 'rapport-impression.png'),
      fullPage: true,
    });
    await page.emulateMedia({ media: 'screen' });

    // The network: the admin shares the structure's figures, then sees the network's.
    await page.goto(`${base}/portail/ml/rapport/reseau?du=${ANNEE.du}&au=${ANNEE.au}`);
    await page.getByLabel('Département de la structure (code INSEE : 59, 2A, 974…)').fill('59');
    await page.getByRole('button', { name: 'Partager nos chiffres' }).click();
    await page.getByText('Votre structure partage ses chiffres avec le réseau').waitFor();
    await page.getByTestId('groupes').waitFor();
    await check('rapport-reseau-admin');
    await context.close();
  }, 240_000);

  it('the operator lands on the network’s report, by region then by department', async () => {
    // The structure shares its figures (as its admin did above, again: the same adhesion).
    await ctx
      .http()
      .put('/pilotage/reseau/adhesion')
      .set(bearer(ml.users.admin.token))
      .send({ departement: '59' })
      .expect(200);
    await login(OPERATEUR);
    await page.waitForURL(/\/portail\/ml\/rapport\/reseau/);
    await page.getByRole('heading', { name: 'Rapport d’activité du réseau' }).waitFor();
    await page.goto(`${base}/portail/ml/rapport/reseau?du=${ANNEE.du}&au=${ANNEE.au}`);
    const groupes = page.getByTestId('groupes');
    await groupes.getByRole('rowheader', { name: 'Région 32' }).waitFor();
    await page.getByLabel('Regrouper par').selectOption('departement');
    await page.getByRole('button', { name: 'Afficher' }).click();
    await page.waitForURL(/par=departement/);
    await groupes.getByRole('rowheader', { name: 'Nord' }).waitFor();
    const reseau = (
      await ctx
        .http()
        .get('/pilotage/reseau')
        .query({ ...ANNEE, par: 'departement' })
        .set(bearer(ml.users.admin.token))
        .expect(200)
    ).body;
    const publiees = reseau.national.indicateurs.find((i: any) => i.code === 'offres_publiees');
    expect(nombre(await page.getByTestId('valeur-offres_publiees').innerText())).toBe(
      publiees.valeur,
    );
    // No adhesion form for the operator: it has no structure's figures to share.
    expect(await page.getByRole('button', { name: 'Partager nos chiffres' }).count()).toBe(0);
    await check('rapport-reseau-operateur');
    await context.close();
    expect(errors).toEqual([]);
  }, 240_000);
});

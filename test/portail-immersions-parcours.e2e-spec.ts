/// <reference lib="dom" />
import { ConventionPdfService } from '@app/pmsmp';
import { mkdirSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { Browser, Page } from 'playwright-core';
import { Signature } from '../libs/pmsmp/src/entities/signature.entity';
import { launchChromium } from './support/chromium';
import { bearer, seedStructure } from './support/fixtures';
import { createJeune } from './support/jeunes-fixtures';
import { Employeur, entrepriseWithEmployer } from './support/offres-fixtures';
import { conventionBody } from './support/pmsmp-fixtures';
import { PORTAIL_SCREENSHOTS, buildPortail, checkPage } from './support/portail';
import { createTestContext, TestContext } from './support/test-context';

describe('The portal in Chromium: the host reads its immersion agreement, downloads the PDF and signs (axe)', () => {
  let ctx: TestContext;
  let browser: Browser;
  let page: Page;
  let base: string;
  let hote: Employeur;
  let id: string;
  const errors: string[] = [];

  async function check(name: string) {
    await checkPage(page, name);
  }

  beforeAll(async () => {
    buildPortail();
    ctx = await createTestContext();
    await ctx.api.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(ctx.api.getHttpServer().address() as AddressInfo).port}`;
    const ml = await seedStructure(ctx, 'ml-immersions-parcours');
    hote = await entrepriseWithEmployer(ctx, ml);
    await ctx
      .http()
      .patch(`/entreprises/${hote.entrepriseId}`)
      .set(bearer(ml.users.cre.token))
      .send({ adresse: '12 rue de la Gare', codePostal: '59000', trancheEffectif: '1_9' })
      .expect(200);
    const jeune = await createJeune(ctx, ml.users.conseiller.token, {
      nom: 'Martin',
      prenom: 'Lina',
      email: 'lina.martin@jeunes.test',
      consentEmail: true,
    });
    const conseiller = bearer(ml.users.conseiller.token);
    const { body } = await ctx
      .http()
      .post('/pmsmp/conventions')
      .set(conseiller)
      .send(conventionBody(jeune.id, hote.entrepriseId))
      .expect(201);
    id = body.id;
    await ctx.http().post(`/pmsmp/conventions/${id}/soumettre`).set(conseiller).expect(200);
    // The worker's renderer, in-process: the PDF of the submitted version.
    await ctx.api.get(ConventionPdfService).generer(id);
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
    });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => errors.push(error.message));
    mkdirSync(PORTAIL_SCREENSHOTS, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await ctx?.close();
  });

  it('my entreprise lists it; the agreement read-only, its PDF; "Lire et signer" opens the signing page; signed', async () => {
    await page.goto(`${base}/portail/entreprise`);
    await page.getByLabel('Adresse e-mail').fill(hote.email);
    await page.getByLabel('Mot de passe').fill('mot-de-passe-employeur');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: 'Mes immersions (PMSMP)' }).waitFor();
    const ligne = page.getByRole('row', { name: /Lina M\./ });
    await ligne.getByText('À signer par vous').waitFor();
    expect(await page.locator('main').innerText()).not.toContain('Martin');
    await check('immersions-liste');

    await ligne.getByRole('link', { name: /Lina M\./ }).click();
    await page.getByRole('heading', { name: 'Convention d’immersion de Lina M.' }).waitFor();
    await page.getByRole('heading', { name: '1. Le bénéficiaire' }).waitFor();
    const pdf = page.getByRole('link', { name: /Télécharger le PDF/ });
    const download = await page.request.get(`${base}${await pdf.getAttribute('href')}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    await check('immersion-detail');

    await page.getByRole('button', { name: 'Lire et signer la convention' }).click();
    await page.getByRole('heading', { name: 'Convention de PMSMP à signer' }).waitFor();
    expect(await page.locator('main').innerText()).toContain(
      'représentant de la structure d’accueil',
    );
    await check('immersion-signature');
    await page.getByLabel(/J’ai lu la convention et je l’accepte/).check();
    await page.getByRole('button', { name: 'Je signe la convention' }).click();
    await page.getByRole('heading', { name: 'Signature enregistrée' }).waitFor();

    const sig = await ctx.dataSource
      .getRepository(Signature)
      .findOneByOrFail({ conventionId: id, signataire: 'entreprise' as never });
    expect(sig.userAgent).toContain('Chrome');

    await page.goto(`${base}/portail/immersions/${id}`);
    await page
      .getByText(/partiellement signée/)
      .first()
      .waitFor();
    expect(await page.getByRole('button', { name: 'Lire et signer la convention' }).count()).toBe(
      0,
    );
    await check('immersion-signee');
    expect(errors).toEqual([]);
  }, 120_000);
});

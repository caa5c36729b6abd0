/// <reference lib="dom" />
import { StructuresService, UsersService } from '@app/accounts';
import { Role } from '@app/core';
import { MessageStatut } from '@app/messaging';
import { mkdirSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { bearer, PASSWORD, seedStructure, SeededStructure } from './support/fixtures';
import { notify, waitForStatut } from './support/messaging';
import { PORTAIL_SCREENSHOTS, buildPortail, checkPage } from './support/portail';
import { createTestContext, TEST_PUBLIC_URL, TestContext } from './support/test-context';

describe('The portal in Chromium: the administrator of a structure (team, identity, failed messages, matcher) with axe', () => {
  let ctx: TestContext;
  let browser: Browser;
  let page: Page;
  let base: string;
  let ml: SeededStructure;
  const errors: string[] = [];

  async function check(name: string) {
    await checkPage(page, name);
  }

  beforeAll(async () => {
    buildPortail();
    ctx = await createTestContext({ worker: true });
    await ctx.api.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(ctx.api.getHttpServer().address() as AddressInfo).port}`;
    ml = await seedStructure(ctx, 'ml-portail-admin');
    await ctx.api.get(UsersService).create({
      structureId: ml.id,
      email: 'camille.roux@ml-portail-admin.test',
      role: Role.CONSEILLER,
      prenom: 'Camille',
      nom: 'Roux',
      password: PASSWORD,
    });
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
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await ctx?.close();
  });

  it('team: deactivates an account (traced); identity edited, the portal shows it; a failed email re-sent arrives; weights and an agreement', async () => {
    await page.goto(`${base}/portail/ml/admin`);
    await page.getByLabel('Adresse e-mail').fill(ml.users.admin.email);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: 'Équipe et comptes' }).waitFor();
    await page.getByRole('button', { name: 'Désactiver le compte de Camille Roux' }).click();
    await page.getByText('Compte de Camille Roux mis à jour.').waitFor();
    await page.getByRole('button', { name: 'Réactiver le compte de Camille Roux' }).waitFor();
    const refus = await ctx
      .http()
      .post('/auth/login')
      .send({ email: 'camille.roux@ml-portail-admin.test', password: PASSWORD });
    expect(refus.status).toBe(401);
    await check('admin-equipe');

    await page
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Identité' })
      .click();
    await page.getByRole('heading', { name: 'Identité de la Mission Locale' }).waitFor();
    await page.getByLabel('Nom de la Mission Locale').fill('Mission Locale des Weppes');
    await page.getByLabel('E-mail de contact').fill('contact@weppes.test');
    await page.getByLabel('Téléphone de contact').fill('03 20 00 00 01');
    await page.getByLabel('Couleur principale').fill('#2b6a3f');
    await page.getByRole('button', { name: 'Enregistrer l’identité' }).click();
    await page.getByText('Identité enregistrée.').waitFor();
    // The header and the footer follow at once (no reload).
    await page.getByRole('banner').getByText('Mission Locale des Weppes').waitFor();
    await page.getByRole('contentinfo').getByText('contact@weppes.test').waitFor();
    await check('admin-identite');

    // An email refused by the SMTP server (550): listed with its error, re-sent, delivered.
    ctx.smtp.refuseNext(1, 550, 'Boite aux lettres inconnue');
    const [id] = await notify(ctx, {
      event: 'candidat:admin-portail',
      structureId: ml.id,
      destinataire: { email: 'refus@entreprise.test', nom: 'Mme Refus' },
      template: 'mer_candidat',
      data: {
        offre: 'Serveur',
        candidat: 'Yanis K.',
        details: '',
        lien: `${TEST_PUBLIC_URL}/offres/1`,
        relance: '0',
      },
    });
    await waitForStatut(ctx, id, MessageStatut.ECHEC);
    await page
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Messages' })
      .click();
    await page.getByRole('heading', { name: 'Messages', exact: true }).waitFor();
    const ligne = page.getByRole('row', { name: /refus@entreprise\.test/ });
    expect(await ligne.innerText()).toContain('Boite aux lettres inconnue');
    await check('admin-messages');
    // Keyboard: focus the button and press Enter.
    await ligne
      .getByRole('button', { name: 'Renvoyer le message à refus@entreprise.test' })
      .focus();
    await page.keyboard.press('Enter');
    await page.getByText('Message remis dans la file d’envoi.').waitFor();
    const mail = await ctx.smtp.waitForMail((m) => m.to.includes('refus@entreprise.test'));
    expect(mail.text).toContain('Mission Locale des Weppes');
    await waitForStatut(ctx, id, MessageStatut.ENVOYE);
    await page.reload();
    await page.getByText('0 message(s)').waitFor();

    // The matcher: one weight, then an agreement proposed to a neighbour.
    const voisine = await ctx.api
      .get(StructuresService)
      .upsertByCode({ code: 'ml-portail-admin-voisine', nom: 'Mission Locale voisine' });
    await page
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Matching' })
      .click();
    await page.getByRole('heading', { name: 'Réglages du matching' }).waitFor();
    await page.getByLabel('Distance').fill('30');
    await page.getByRole('button', { name: 'Enregistrer les poids' }).click();
    await page.getByText('Poids enregistrés.').waitFor();
    const reglages = await ctx
      .http()
      .get('/matching/reglages')
      .set(bearer(ml.users.admin.token))
      .expect(200);
    expect(reglages.body.poids.distance).toBe(30);
    await page.getByLabel('Structure voisine').selectOption(voisine.id);
    await page.getByRole('button', { name: 'Proposer un accord' }).click();
    await page.getByRole('row', { name: /proposé par vous.*Proposé/ }).waitFor();
    await check('admin-matching');

    const journal = await ctx
      .http()
      .get('/structures/current/journal')
      .set(bearer(ml.users.admin.token))
      .expect(200);
    expect(journal.body.map((l: { action: string }) => l.action)).toEqual([
      'identite',
      'desactivation',
    ]);
    expect(errors).toEqual([]);
  }, 240_000);
});

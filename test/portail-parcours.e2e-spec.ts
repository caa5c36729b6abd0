/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { SIRET } from './support/entreprises';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { matchingSansDelai } from './support/mer-env';
import { aExaminer, jeuneMer, lien, merRow } from './support/mer-fixtures';
import { PORTAIL_SCREENSHOTS, buildPortail, checkPage } from './support/portail';
import { createTestContext, TestContext } from './support/test-context';
import { waitFor } from './support/wait-for';

const EMAIL = 'camille@boulangerie-portail.test';
const PASSWORD = 'un-mot-de-passe-solide';
const inDays = (n: number) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(
    new Date(Date.now() + n * 86_400_000),
  );

describe('The portal in Chromium: an employer from sign-up to a hire (axe, keyboard, 375 and 1280 px)', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  const restore = matchingSansDelai();
  const checked: string[] = [];
  const errors: string[] = [];

  async function check(name: string) {
    await checkPage(page, name);
    checked.push(name);
  }

  beforeAll(async () => {
    buildPortail();
    ctx = await createTestContext({ worker: true, env: { OUTBOX_POLL_MS: '50' } });
    await ctx.api.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(ctx.api.getHttpServer().address() as AddressInfo).port}`;
    ml = await seedStructure(ctx, 'ml-portail');
    await ctx.dataSource.query(`UPDATE structures SET couleur = '#f5a623' WHERE id = $1`, [ml.id]);
    browser = await launchChromium();
    context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
    });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    // A script error in the portal fails the test with its message.
    page.on('pageerror', (error) => errors.push(error.message));
    page.on(
      'console',
      (m) =>
        m.type() === 'error' && !/Failed to load resource/.test(m.text()) && errors.push(m.text()),
    );
    mkdirSync(PORTAIL_SCREENSHOTS, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await ctx?.close();
    restore();
  });

  it('sign-up, CRE validation, login, offer by keyboard, publication, candidate, hire: offer pourvue', async () => {
    // Sign-up with a SIRET: a wrong key is refused on the field, with the API's message.
    await page.goto(`${base}/portail/inscription?ml=ml-portail`);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    // The structure's colour, too light for white text, is darkened to AA contrast.
    const header = await page
      .locator('header')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(header).not.toBe('rgb(245, 166, 35)');
    await page.getByLabel('SIRET').fill('732 829 320 00075');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page
      .getByText("Le SIRET n'est pas valide (clé de contrôle incorrecte)")
      .first()
      .waitFor();
    await check('inscription-erreurs');
    await page.getByLabel('SIRET').fill(SIRET.valide);
    await page.getByLabel('Raison sociale').fill('Boulangerie du Portail');
    await page.getByLabel('Prénom').fill('Camille');
    await page.getByLabel('Nom', { exact: true }).fill('Durand');
    await page.getByLabel('Adresse e-mail').fill(EMAIL);
    await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Confirmation du mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByText('Rattachement en attente de validation').waitFor();
    await check('inscription-faite');

    // The CRE validates the attachment (through the API).
    const pending = await ctx
      .http()
      .get('/entreprises/rattachements?statut=en_attente')
      .set(bearer(ml.users.cre.token))
      .expect(200);
    const r = pending.body.find((x: any) => x.email === EMAIL);
    await ctx
      .http()
      .post(`/entreprises/${r.entreprise.id}/membres/${r.userId}/valider`)
      .set(bearer(ml.users.cre.token))
      .expect(200);

    // Login: the session is an httpOnly cookie, invisible to scripts.
    await page.goto(`${base}/portail/`);
    await page.getByRole('heading', { name: 'Se connecter' }).waitFor();
    await check('connexion');
    await page.getByLabel('Adresse e-mail').fill(EMAIL);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: 'Bonjour Camille' }).waitFor();
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'ml_session')).toMatchObject({
      httpOnly: true,
      secure: true,
      sameSite: 'Strict',
    });
    expect(await page.evaluate(() => document.cookie)).not.toContain('ml_session');
    await check('accueil-vide');

    // The offer form, with the keyboard alone.
    await page.goto(`${base}/portail/`);
    await page.getByRole('heading', { name: 'Bonjour Camille' }).waitFor();
    await page.keyboard.press('Tab'); // the skip link comes first
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu');
    await page.getByRole('link', { name: 'Déposer une offre' }).first().focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Déposer une offre' }).waitFor();
    await check('offre-formulaire');
    const metier = page.locator('#champ-codeRome');
    await metier.focus();
    // The built-in ROME set has fiches without appellations: searched by the trade's name.
    await page.keyboard.type('service en restau');
    await page
      .getByRole('option', { name: /Service en restauration/ })
      .first()
      .waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // The title was filled from the trade; Tab moves on to it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('champ-titre');
    expect(await page.getByLabel('Intitulé du poste').inputValue()).toBe('Service en restauration');
    await page.getByLabel('Description du poste').focus();
    await page.keyboard.type('Service en salle le midi, mise en place, encaissement.');
    await page.getByLabel('Durée du contrat').focus();
    await page.keyboard.type('6');
    await page.getByLabel('Date de début').focus();
    const [y, m, d] = inDays(14).split('-');
    await page.keyboard.type(`${d}${m}${y}`);
    await page.locator('#champ-communeInsee').focus();
    await page.keyboard.type('lille');
    await page
      .getByRole('option', { name: /^Lille/ })
      .first()
      .waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    // Night work: the rule is explained and "open to minors" is unticked.
    await page.getByLabel('Travail de nuit (entre 22 h et 6 h)').focus();
    await page.keyboard.press('Space');
    await page.getByText('interdit aux moins de 18 ans').waitFor();
    expect(await page.getByLabel('Ouverte aux mineurs (16-17 ans)').isChecked()).toBe(false);
    await page.keyboard.press('Space');
    await check('offre-formulaire-rempli');
    await page.getByRole('button', { name: 'Envoyer à la Mission Locale' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('En attente de validation').first().waitFor();
    const offreId = page.url().split('/').pop()!;
    await check('offre-a-valider');

    // A jeune who fits, then the CRE publishes (API): the matcher proposes, the CRE keeps, the jeune accepts.
    const jeune = await jeuneMer(ctx, ml, ['G1803']);
    await ctx
      .http()
      .post(`/offres/${offreId}/valider`)
      .set(bearer(ml.users.cre.token))
      .send({})
      .expect(200);
    const [mer] = await aExaminer(ctx, ml, offreId, 1);
    await ctx
      .http()
      .post(`/mises-en-relation/${mer.id}/retenir`)
      .set(bearer(ml.users.cre.token))
      .send({})
      .expect(200);
    const mail = await ctx.smtp.waitForMail((x) => x.to.includes(jeune.email));
    await ctx
      .http()
      .post(lien(mail.text, 'mer/jeune'))
      .type('form')
      .send({ reponse: 'oui' })
      .expect(200);
    expect((await merRow(ctx, mer.id)).statut).toBe('transmise_employeur');

    // Home: one candidate waits for my answer; the offer page shows the candidate and the answer form.
    await page.goto(`${base}/portail/`);
    await page.getByText('candidat(s) attendent votre réponse').waitFor();
    expect(await page.locator('main').innerText()).toMatch(
      /1\s*candidat\(s\) attendent votre réponse/,
    );
    await check('accueil');
    await page.getByRole('link', { name: 'Service en restauration' }).first().click();
    await page.getByRole('button', { name: /Répondre/ }).waitFor();
    expect(await page.locator('main').innerText()).toContain(jeune.email);
    await check('offre-candidat');
    await page.getByRole('button', { name: /Répondre/ }).click();
    await page.getByLabel('Je recrute cette personne').check();
    await page.getByLabel('Date de début du contrat').fill(inDays(14));
    await page.getByLabel('Date de fin du contrat').fill(inDays(200));
    await check('offre-reponse');
    await page.getByRole('button', { name: 'Confirmer le recrutement' }).click();
    await waitFor(async () => (await merRow(ctx, mer.id)).statut === 'recrutee', {
      what: 'the hire',
    });
    await page.getByText('Pourvue').first().waitFor();
    const offre = await ctx
      .http()
      .get(`/offres/${offreId}`)
      .set(bearer(ml.users.cre.token))
      .expect(200);
    expect(offre.body.statut).toBe('pourvue');
    await check('offre-pourvue');

    await page.getByRole('link', { name: 'Mon entreprise' }).click();
    await page.getByRole('heading', { name: 'Boulangerie du Portail' }).waitFor();
    await check('entreprise');

    // Logout: the cookie is gone, the home page sends back to the login.
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('heading', { name: 'Se connecter' }).waitFor();
    expect((await context.cookies()).find((c) => c.name === 'ml_session')).toBeUndefined();
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await page.getByRole('heading', { name: 'Mot de passe oublié' }).waitFor();
    await check('mot-de-passe-oubli');
    expect(checked).toHaveLength(13);
    expect(errors).toEqual([]);
  }, 180_000);

  it('password reset by the emailed link; a draft, a duplicate to confirm, a closure with a reason, an expired session', async () => {
    // We are on "Mot de passe oublié", logged out (end of the first journey).
    await page.getByLabel('Adresse e-mail de votre compte').fill(EMAIL);
    await page.getByRole('button', { name: 'Recevoir le lien' }).click();
    await page.getByText('Demande envoyée').waitFor();
    const mail = await ctx.smtp.waitForMail(
      (m) => m.to.includes(EMAIL) && /mot de passe/i.test(m.subject),
    );
    const chemin = mail.text.match(/\/portail\/mot-de-passe\/nouveau#jeton=[\w.-]+/)![0];
    await page.goto(base + chemin);
    const nouveau = 'un-autre-mot-de-passe-2026';
    await page.getByLabel('Nouveau mot de passe').fill(nouveau);
    await page.getByLabel('Confirmation').fill('pas le même');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Les deux mots de passe ne sont pas identiques').first().waitFor();
    await check('mot-de-passe-nouveau-erreur');
    await page.getByLabel('Confirmation').fill(nouveau);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Mot de passe changé').waitFor();
    // The same link a second time: the API's message in the error summary.
    await page.goto('about:blank');
    await page.goto(base + chemin);
    await page.getByLabel('Nouveau mot de passe').fill('encore-un-autre-2026');
    await page.getByLabel('Confirmation').fill('encore-un-autre-2026');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText(/déjà servi/).waitFor();

    await page.goto(`${base}/portail/connexion`);
    await page.getByLabel('Adresse e-mail').fill(EMAIL);
    await page.getByLabel('Mot de passe').fill(nouveau);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: 'Bonjour Camille' }).waitFor();

    const remplir = async (titre: string) => {
      await page.goto(`${base}/portail/offres/nouvelle`);
      await page.locator('#champ-codeRome').fill('plonge');
      await page
        .getByRole('option', { name: /Plonge en restauration/ })
        .first()
        .click();
      await page.getByLabel('Intitulé du poste').fill(titre);
      await page.getByLabel('Description du poste').fill('Plonge et entretien de la cuisine.');
      await page.locator('#champ-typeContrat').click();
      await page.getByRole('option', { name: 'Contrat à durée indéterminée' }).click();
      await page.getByLabel('Date de début').fill(inDays(20));
      await page.locator('#champ-communeInsee').fill('lille');
      await page
        .getByRole('option', { name: /^Lille/ })
        .first()
        .click();
    };
    await remplir('Plongeur / plongeuse');
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await page.getByText('Brouillon', { exact: true }).first().waitFor();

    // The same trade at the same place while the draft is open: the API's duplicate warning.
    await remplir('Plongeur / plongeuse (soir)');
    await page.getByRole('button', { name: 'Envoyer à la Mission Locale' }).click();
    await page.getByRole('dialog', { name: 'Une offre semblable est déjà en cours' }).waitFor();
    await check('offre-doublon');
    await page.getByRole('button', { name: 'Créer quand même' }).click();
    await page.getByText('En attente de validation').first().waitFor();

    // Close it with a reason: the status and the history say so.
    await page.getByRole('button', { name: 'Clôturer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Clôturer l’offre' });
    await dialog.getByRole('combobox', { name: 'Motif' }).click();
    await page.getByRole('option', { name: 'Plus de besoin' }).click();
    await check('offre-cloture');
    await dialog.getByRole('button', { name: 'Clôturer' }).click();
    await page.getByText('Clôturée').first().waitFor();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.locator('main').innerText()).toContain('Plus de besoin');
    await check('offre-cloturee');

    // The session expires (its cookie is gone): the next call sends back to the login page.
    await context.clearCookies({ name: 'ml_session' });
    await page.getByRole('link', { name: 'Accueil' }).click();
    await page.getByRole('heading', { name: 'Se connecter' }).waitFor();
    expect(page.url()).toContain('/portail/connexion?retour=');
    expect(errors).toEqual([]);
  }, 120_000);
});

/// <reference lib="dom" />
import { FixedClock } from '@app/core';
import { Convention, Signataire } from '@app/pmsmp';
import { mkdirSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { Browser, Page } from 'playwright-core';
import { SignatureLinksService } from '../libs/pmsmp/src/signatures/signature-links.service';
import { launchChromium } from './support/chromium';
import { bearer, PASSWORD, seedStructure, SeededStructure } from './support/fixtures';
import { offrePubliee } from './support/matching-fixtures';
import { partiesPmsmp } from './support/pmsmp-fixtures';
import { PORTAIL_SCREENSHOTS, buildPortail, checkPage } from './support/portail';
import { createTestContext, TestContext } from './support/test-context';

// Tuesday 1 December 2026: the agreement's January 2027 dates are in the future.
const clock = new FixedClock(new Date('2026-12-01T09:00:00Z'));

describe('The portal in Chromium: the conseiller’s jeunes and a minor’s PMSMP, legal checks as one types (axe)', () => {
  let ctx: TestContext;
  let browser: Browser;
  let page: Page;
  let base: string;
  let ml: SeededStructure;
  const errors: string[] = [];

  async function check(name: string) {
    await checkPage(page, name);
  }

  /** A field by its exact label (a required one ends with Mantine's « * »). */
  const champ = (label: string) =>
    new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);
  const remplir = async (champs: Record<string, string>) => {
    for (const [label, value] of Object.entries(champs))
      await page.getByLabel(champ(label)).fill(value);
  };
  const horaires = async (debut: string, fin: string) => {
    for (const jour of ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi']) {
      await page.getByLabel(`${jour}, début du matin`).fill(debut);
      await page.getByLabel(`${jour}, fin de l’après-midi`).fill(fin);
    }
  };
  const controles = () =>
    page.locator('[aria-live="polite"]').filter({ hasText: 'Contrôles légaux' });

  beforeAll(async () => {
    buildPortail();
    ctx = await createTestContext({ clock });
    await ctx.api.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(ctx.api.getHttpServer().address() as AddressInfo).port}`;
    ml = await seedStructure(ctx, 'ml-portail-conseiller');
    const p = await partiesPmsmp(ctx, ml, {
      nom: 'Petit',
      prenom: 'Noa',
      dateNaissance: '2009-09-15',
    });
    // News: the CRE proposes Noa for an offer by hand and keeps the proposal.
    const offre = await offrePubliee(ctx, ml);
    const cre = bearer(ml.users.cre.token);
    const mer = await ctx
      .http()
      .post('/mises-en-relation')
      .set(cre)
      .send({ offreId: offre.id, jeuneId: p.jeune.id })
      .expect(201);
    await ctx
      .http()
      .post(`/mises-en-relation/${mer.body.id}/retenir`)
      .set(cre)
      .send({})
      .expect(200);
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

  it('home: my jeunes and their news; a minor’s agreement keyed in step by step, checks shown and fixed, sent for signature, progress', async () => {
    await page.goto(`${base}/portail/`);
    await page.getByLabel('Adresse e-mail').fill(ml.users.conseiller.email);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: 'Mes jeunes (1)' }).waitFor();
    expect(page.url()).toBe(`${base}/portail/ml/conseiller`);
    await page.getByText('a reçu une proposition d’offre').waitFor();
    expect(await page.getByRole('row', { name: /Noa Petit/ }).innerText()).toContain(
      'proposée au jeune',
    );
    await check('conseiller-accueil');

    await page.getByRole('link', { name: 'Nouvelle convention' }).click();
    await page.getByRole('heading', { name: 'Nouvelle convention d’immersion (PMSMP)' }).waitFor();
    await page
      .getByLabel('Jeune (bénéficiaire)')
      .selectOption({ label: 'Noa Petit (17 ans, mineur)' });
    await page.getByLabel('Rechercher une entreprise').fill('Boulangerie');
    const entreprise = page.getByLabel('Structure d’accueil (entreprise)');
    await entreprise.locator('option', { hasText: 'Boulangerie' }).waitFor({ state: 'attached' });
    await entreprise.selectOption({ index: 1 });
    await remplir({
      'Activité de la structure d’accueil': 'Boulangerie',
      Prénom: 'Paul',
      Nom: 'Durand',
      Fonction: 'Gérant',
      'E-mail': 'paul@boulangerie.test',
      Téléphone: '06 11 11 11 11',
    });
    await check('pmsmp-etape-1');
    await page.getByRole('button', { name: 'Suivant' }).click();

    await page.getByRole('heading', { name: /Étape 2 sur 6/ }).waitFor();
    await remplir({
      'Prénom du tuteur': 'Sophie',
      'Nom du tuteur': 'Martin',
      'Fonction du tuteur': 'Cheffe boulangère',
      'E-mail du tuteur': 'sophie@boulangerie.test',
      'Téléphone du tuteur': '06 22 22 22 22',
    });
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByRole('heading', { name: /Étape 3 sur 6/ }).waitFor();
    await remplir({
      'Code ROME du métier': 'D1102',
      'Métier (appellation)': 'Boulanger / Boulangère',
      'Activités confiées': 'Pétrissage, façonnage, cuisson.',
      'Compétences à observer': 'Hygiène, travail en équipe.',
    });
    await page.getByRole('button', { name: 'Suivant' }).click();

    // Six weeks, 08:00–18:00 (9 h a day): the checks say what the law forbids a minor.
    await page.getByRole('heading', { name: /Étape 4 sur 6/ }).waitFor();
    await remplir({ 'Premier jour': '2027-01-04', 'Dernier jour': '2027-02-10' });
    await horaires('08:00', '18:00');
    await controles().getByText('Une immersion dure un mois au plus').waitFor();
    const texte = await controles().innerText();
    expect(texte).toContain('Le jeune est mineur');
    expect(texte).toContain('au-delà de 8 h par jour pour un mineur');
    expect(texte).toContain('au-delà de 35 h par semaine pour un mineur');
    expect(texte).toContain('indiquez son représentant légal');
    await check('pmsmp-controles');

    // Fixed: two weeks, 09:00–17:00 (7 h a day, 35 h a week); the representative remains.
    await page.getByLabel('Dernier jour').fill('2027-01-15');
    await horaires('09:00', '17:00');
    await controles().getByText('Contrôles légaux : 1 point à corriger').waitFor();
    expect(await controles().innerText()).toContain('70 h au total');
    await page.getByRole('button', { name: 'Précédent' }).click();
    await page.getByRole('button', { name: 'Précédent' }).click();
    await remplir({
      'Prénom du représentant légal': 'Nadia',
      'Nom du représentant légal': 'Petit',
      'Qualité (mère, père, tuteur…)': 'Mère',
      'E-mail du représentant légal': 'nadia.petit@parents.test',
      'Téléphone du représentant légal': '06 55 44 33 22',
    });
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByRole('button', { name: 'Suivant' }).click();
    await controles().getByText('Contrôles légaux : conforme').waitFor();
    await page.getByRole('button', { name: 'Suivant' }).click();

    await page.getByRole('heading', { name: /Étape 5 sur 6/ }).waitFor();
    await remplir({
      'Conditions de travail': 'Station debout, chaleur du fournil.',
      'Risques du poste': 'Brûlures, port de charges.',
      'Équipements de protection': 'Gants anti-chaleur.',
      'Votre téléphone (signataire pour la Mission Locale)': '06 33 33 33 33',
    });
    // Keyboard only from here: Enter submits the step.
    await page.getByLabel('Équipements de protection').press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /Étape 6 sur 6/ }).waitFor();
    await check('pmsmp-recapitulatif');
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();

    await page.getByRole('heading', { name: 'Convention d’immersion de Noa Petit' }).waitFor();
    const id = page.url().split('/').pop()!;
    const saved = await ctx.dataSource.getRepository(Convention).findOneByOrFail({ id });
    expect(saved).toMatchObject({
      statut: 'brouillon',
      dateFin: '2027-01-15',
      minutesTotal: 70 * 60,
    });
    expect(saved.contenu.representantLegal).toMatchObject({ prenom: 'Nadia', qualite: 'Mère' });
    await check('pmsmp-brouillon');

    await page.getByRole('button', { name: 'Envoyer pour signature' }).click();
    await page.getByText('Convention envoyée aux signataires.').waitFor();
    await page.getByRole('heading', { name: 'Signatures : 0 sur 5' }).waitFor();
    expect(
      await page.getByRole('button', { name: 'Renvoyer les liens de signature' }).count(),
    ).toBe(1);

    // The jeune signs from the link: the conseiller's page shows the progress.
    const c = await ctx.dataSource.getRepository(Convention).findOneByOrFail({ id });
    const lien = new URL(ctx.api.get(SignatureLinksService).lien(c, Signataire.BENEFICIAIRE));
    await ctx
      .http()
      .post(lien.pathname)
      .type('form')
      .send({ accepte: 'oui', empreinte: c.contenuSha256 })
      .expect(200);
    await page.reload();
    await page.getByRole('heading', { name: 'Signatures : 1 sur 5' }).waitFor();
    expect(await page.getByRole('main').innerText()).toMatch(
      /Le jeune \(bénéficiaire\) : signé le/,
    );
    await check('pmsmp-signatures');

    // A reminder within 24 h of the sending is refused, in French.
    await page.getByRole('button', { name: 'Renvoyer les liens de signature' }).click();
    await page.getByText(/envoyés il y a moins de 24 heures/).waitFor();

    // The list of immersions, filtered by status in the URL, shows the same progress.
    await page.goto(`${base}/portail/ml/immersions?statut=partiellement_signee`);
    const ligne = page.getByRole('row', { name: /Noa Petit/ });
    await ligne.waitFor();
    expect(await ligne.innerText()).toMatch(
      /Boulangerie[\s\S]*1 sur 5[\s\S]*Partiellement signée/i,
    );
    await check('ml-immersions');
    await page.getByLabel('Statut').selectOption('brouillon');
    await page.getByText('Aucune convention avec ce statut.').waitFor();
    expect(new URL(page.url()).searchParams.get('statut')).toBe('brouillon');
    await page.getByLabel('Statut').selectOption('');
    await ligne.getByRole('link', { name: 'Noa Petit' }).click();
    await page.getByRole('heading', { name: 'Signatures : 1 sur 5' }).waitFor();
    expect(errors).toEqual([]);
  }, 240_000);
});

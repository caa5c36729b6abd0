/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { FixedClock } from '@app/core';
import { mkdirSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { launchChromium } from './support/chromium';
import { matchingSansDelai } from './support/mer-env';
import { aExaminer, jeuneMer, lien, merRow } from './support/mer-fixtures';
import { offrePubliee } from './support/matching-fixtures';
import { Employeur, entrepriseWithEmployer } from './support/offres-fixtures';
import { createTestContext, TestContext } from './support/test-context';

const clock = new FixedClock(new Date('2026-12-01T09:00:00Z'));
const SCREENSHOTS = join(__dirname, '..', 'artifacts', 'screenshots');

/** Every visible form control has a label a screen reader announces. */
const unlabelled = () =>
  [...document.querySelectorAll('input, select, textarea')]
    .filter((el) => (el as HTMLInputElement).type !== 'hidden')
    .filter((el) => !(el as HTMLInputElement).labels?.length && !el.getAttribute('aria-label'))
    .map((el) => el.outerHTML);

describe('Pages des liens dans un vrai navigateur (Chromium headless, écran de téléphone)', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let emp: Employeur;
  let browser: Browser;
  let base: string;
  const restore = matchingSansDelai();

  beforeAll(async () => {
    ctx = await createTestContext({ worker: true, clock, env: { OUTBOX_POLL_MS: '50' } });
    await ctx.api.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(ctx.api.getHttpServer().address() as AddressInfo).port}`;
    ml = await seedStructure(ctx, 'ml-pages');
    emp = await entrepriseWithEmployer(ctx, ml);
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await ctx.close();
    restore();
  });

  it('the jeune says "ça m’intéresse" with the keyboard; the employer records a hire by the form', async () => {
    const jeune = await jeuneMer(ctx, ml, ['G1803']);
    const offre = await offrePubliee(ctx, ml, {
      entrepriseId: emp.entrepriseId,
      codeRome: 'G1803',
      titre: 'Serveur / serveuse',
    });
    const [mer] = await aExaminer(ctx, ml, offre.id, 1);
    await ctx
      .http()
      .post(`/mises-en-relation/${mer.id}/retenir`)
      .set(bearer(ml.users.cre.token))
      .send({})
      .expect(200);
    const proposition = await ctx.smtp.waitForMail(
      (m) => m.to.includes(jeune.email) && /Serveur/.test(m.subject),
    );

    const page = await browser.newPage({ viewport: { width: 375, height: 740 }, locale: 'fr-FR' });
    await page.goto(base + lien(proposition.text, 'mer/jeune'));
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.locator('main').innerText()).toMatch(/Serveur/);
    // The Mission Locale's identity (not the State's DSFR): its colour on the banner, no web font.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toContain(
      'Marianne',
    );
    expect(
      await page.locator('header').evaluate((el) => getComputedStyle(el).backgroundColor),
    ).toBe('rgb(31, 92, 122)');
    // Nothing wider than a phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    expect(await page.evaluate(unlabelled)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'mer-jeune.png'), fullPage: true });

    // Keyboard only: focus the "yes" button and press Enter.
    await page.getByRole('button', { name: /intéresse/i }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Réponse enregistrée').first().waitFor();
    expect(await page.locator('main').innerText()).toContain('transmise à l’employeur');
    expect((await merRow(ctx, mer.id)).statut).toBe('transmise_employeur');

    const candidat = await ctx.smtp.waitForMail(
      (m) => m.to.includes(emp.email) && /Serveur/.test(m.subject),
    );
    await page.goto(base + lien(candidat.text, 'mer/employeur'));
    expect(await page.evaluate(unlabelled)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'mer-employeur.png'), fullPage: true });
    await page.getByLabel(/type de contrat/i).selectOption('CDD');
    await page.getByLabel(/date de début/i).fill('2026-12-15');
    await page.getByLabel(/date de fin/i).fill('2027-06-14');
    await page.getByLabel(/heures/i).fill('35');
    await page.getByRole('button', { name: /confirmer le recrutement/i }).click();
    await page.getByText('Réponse enregistrée').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'mer-employeur-fait.png'), fullPage: true });
    expect(await merRow(ctx, mer.id)).toMatchObject({ statut: 'recrutee' });
    await page.close();
  });
});

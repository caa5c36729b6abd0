/// <reference lib="dom" />
import { AddressInfo } from 'node:net';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { PortailSsrService } from '../apps/api/src/portail/portail-ssr.service';
import { bearer, SeededStructure } from './support/fixtures';
import { Employeur, entrepriseWithEmployer, seedStructure } from './support/offres-fixtures';
import { buildPortail, seriousViolations } from './support/portail';
import { createTestContext, TestContext } from './support/test-context';

const OFFRES = 30;
// A title a page must not execute: escaped in the markup and in the state's JSON.
const PIEGE = 'Serveur </script><script>alert(1)</script>';

describe("The employer's home rendered by the API (issue 13): offers in the HTML, only the employer's, hydrated by React", () => {
  let ctx: TestContext;
  let base: string;
  let ml: SeededStructure;
  let a: Employeur;
  let b: Employeur;
  let browser: Browser;
  const cookie = (e: { token: string }) => `ml_session=${e.token}`;
  const home = (c?: string, path = '/portail/') => {
    const req = ctx.http().get(path);
    return (c ? req.set('Cookie', c) : req).expect(200);
  };
  const offre = (e: Employeur, titre: string) => ({
    entrepriseId: e.entrepriseId,
    titre,
    codeRome: 'G1803',
    description: 'Service en salle, midi et soir.',
    typeContrat: 'CDI',
    heuresHebdo: 35,
    dateDebut: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    etat: 'publiee',
    confirmerDoublon: true,
  });

  beforeAll(async () => {
    buildPortail();
    ctx = await createTestContext();
    await ctx.api.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(ctx.api.getHttpServer().address() as AddressInfo).port}`;
    ml = await seedStructure(ctx, 'ml-portail-ssr');
    a = await entrepriseWithEmployer(ctx, ml);
    b = await entrepriseWithEmployer(ctx, ml);
    for (let n = 1; n <= OFFRES; n++)
      await ctx
        .http()
        .post('/offres')
        .set(bearer(ml.users.cre.token))
        .send(offre(a, n === 1 ? PIEGE : `Offre SSR n° ${n}`))
        .expect(201);
    await ctx
      .http()
      .post('/offres')
      .set(bearer(ml.users.cre.token))
      .send(offre(b, 'Offre de l’autre employeur'))
      .expect(201);
    const { launchChromium } = await import('./support/chromium');
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await ctx?.close();
  });

  it('caches the hashed assets for a year, and revalidates what keeps its name (boot.js, the page)', async () => {
    const anonyme = await home();
    expect(anonyme.headers['cache-control']).toBe('no-cache');
    const boot = await ctx.http().get('/portail/boot.js').expect(200);
    expect(boot.headers['cache-control']).toBe('no-cache');
    const asset = /\/portail\/(assets\/[^"]+\.js)/.exec(anonyme.text)![1];
    const hashed = await ctx.http().get(`/portail/${asset}`).expect(200);
    expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it("holds the employer's offers and data in the HTML, private, under the strict CSP", async () => {
    const res = await home(cookie(a));
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['vary']).toMatch(/Cookie/);
    expect(res.headers['content-security-policy']).toContain("script-src 'self';");
    const main = res.text.slice(res.text.indexOf('<main'), res.text.indexOf('</main>'));
    expect(main).toContain('Mes offres (<!-- -->30<!-- -->)');
    expect(main.match(/<tr/g)).toHaveLength(26); // the header's row and a page of 25
    expect(main).toContain('Offre SSR n° 30');
    expect(res.text).toContain('<script type="application/json" id="portail-etat"');
    expect(res.text).not.toContain('</script><script>alert(1)');
    expect(res.text).not.toContain('Offre de l’autre employeur');
    expect(res.text).toContain('<meta name="portail-ssr" content="1">');
    // Only our own scripts: the state is data, not code.
    const scripts = [...res.text.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
    expect(
      scripts.filter((s) => !/src="\/portail\//.test(s) && !/application\/json/.test(s)),
    ).toEqual([]);
  });

  it("puts in the page's state exactly what its own calls would give of each offer, in their order", async () => {
    const res = await home(cookie(a));
    const json = /<script type="application\/json" id="portail-etat"[^>]*>(.*?)<\/script>/s.exec(
      res.text,
    )![1];
    const state = JSON.parse(json) as {
      queries: { queryKey: unknown[]; state: { data: unknown } }[];
    };
    const lignes = state.queries.find((q) => q.queryKey[0] === 'offres')!.state.data;
    const api = await ctx
      .http()
      .get('/offres?page=1&parPage=100&tri=recent')
      .set('Cookie', cookie(a))
      .expect(200);
    const attendu = (api.body.items as Record<string, unknown>[]).map((o) => ({
      id: o.id,
      titre: o.titre,
      statut: o.statut,
      createdAt: o.createdAt,
      dateDebut: o.dateDebut,
      expireLe: o.expireLe,
    }));
    expect(attendu).toHaveLength(OFFRES);
    expect(lignes).toEqual(attendu);
  });

  it('another employer sees only theirs; anonymous, staff and a forged session get the plain page', async () => {
    const other = await home(cookie(b));
    expect(other.text).toContain('Offre de l’autre employeur');
    expect(other.text).not.toContain('Offre SSR n°');
    for (const c of [undefined, cookie(ml.users.cre), cookie(ml.users.admin), 'ml_session=abc']) {
      const res = await home(c);
      expect(res.text).toContain('<div id="root"></div>');
      expect(res.text).not.toContain('portail-etat');
      expect(res.text).not.toContain('Offre SSR n°');
    }
  });

  it('a failure while rendering gives the page the browser renders itself (logged, never a 500)', async () => {
    const ssr = ctx.api.get(PortailSsrService);
    const panne = jest
      .spyOn(ssr as unknown as { gather: () => Promise<never> }, 'gather')
      .mockRejectedValue(new Error('panne simulée'));
    try {
      const res = await home(cookie(a));
      expect(res.text).toContain('<div id="root"></div>');
      expect(res.text).not.toContain('portail-etat');
      // …and the browser shows the offers all the same.
      const { page, context, errors } = await open(a);
      await page.goto(`${base}/portail/`);
      await page.getByRole('heading', { name: `Mes offres (${OFFRES})` }).waitFor();
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      panne.mockRestore();
    }
  });

  async function open(e: Employeur, javaScriptEnabled = true) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      javaScriptEnabled,
    });
    const host = new URL(base).hostname;
    await context.addCookies([
      { name: 'ml_session', value: e.token, domain: host, path: '/', secure: true },
    ]);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // React reports a hydration mismatch there (a browser's missing favicon is not ours).
    page.on(
      'console',
      (m) =>
        m.type() === 'error' && !m.location().url.endsWith('/favicon.ico') && errors.push(m.text()),
    );
    return { page, context, errors };
  }

  const titres = (page: Page) => page.locator('main tbody tr td:first-child').allInnerTexts();

  it('shows the offers without JavaScript', async () => {
    const { page, context } = await open(a, false);
    await page.goto(`${base}/portail/?page=2`);
    expect(await page.locator('main h2').allInnerTexts()).toContain(`Mes offres (${OFFRES})`);
    expect(await titres(page)).toEqual([
      'Offre SSR n° 5',
      'Offre SSR n° 4',
      'Offre SSR n° 3',
      'Offre SSR n° 2',
      PIEGE,
    ]);
    await context.close();
  });

  it('hydrates without errors nor API calls, then pages, filters and links work (axe)', async () => {
    const { page, context, errors }: { page: Page; context: BrowserContext; errors: string[] } =
      await open(a);
    const calls: string[] = [];
    page.on('request', (r) => !r.url().includes('/portail/') && calls.push(r.url()));
    await page.goto(`${base}/portail/`);
    await page.waitForFunction(() => performance.getEntriesByName('portail:interactif').length);
    expect(await titres(page)).toHaveLength(25);
    expect(errors).toEqual([]);
    expect(calls).toEqual([]); // hydrated from the page's own data
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Page suivante ›' }).click();
    await page.getByText('Page 2 sur 2', { exact: true }).waitFor();
    expect(new URL(page.url()).search).toBe('?page=2');
    expect(await titres(page)).toHaveLength(5);
    await page.getByLabel('Trier par').selectOption({ label: 'Titre (A à Z)' });
    await page.getByText('Page 1 sur 2', { exact: true }).waitFor();
    expect(new URL(page.url()).search).toBe('?tri=titre');
    await page.getByRole('link', { name: 'Déposer une offre' }).first().click();
    await page.waitForURL(`${base}/portail/offres/nouvelle`);
    expect(errors).toEqual([]);
    await context.close();
  });
});

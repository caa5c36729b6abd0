import {
  FICHES_ROME_INTEGREES,
  ReferentielsService,
  RomeImportService,
  RomeSearchResult,
} from '@app/referentiels';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { ROME_DIR } from './support/shared-data';
import { createTestContext, TestContext } from './support/test-context';

const dataRows = (file: string) =>
  readFileSync(join(ROME_DIR, file), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '').length;

const officialFiches = () =>
  new Map(
    readFileSync(join(ROME_DIR, 'fiches.tsv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t') as [string, string]),
  );

describe('Référentiel ROME', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let referentiels: ReferentielsService;
  const codes = (results: RomeSearchResult[]) => results.map((r) => r.code);

  beforeAll(async () => {
    ctx = await createTestContext();
    ml = await seedStructure(ctx, 'ml-rome');
    referentiels = ctx.api.get(ReferentielsService);
  });
  afterAll(() => ctx.close());

  describe('before any import', () => {
    it('ships 100+ built-in fiches, code and label exactly as in fiches.tsv', () => {
      const official = officialFiches();
      expect(FICHES_ROME_INTEGREES.length).toBeGreaterThanOrEqual(100);
      expect(new Set(FICHES_ROME_INTEGREES.map(([code]) => code)).size).toBe(
        FICHES_ROME_INTEGREES.length,
      );
      for (const [code, libelle] of FICHES_ROME_INTEGREES)
        expect([code, official.get(code)]).toEqual([code, libelle]);
      const domaines = new Set(FICHES_ROME_INTEGREES.map(([code]) => code[0]));
      for (const d of ['D', 'F', 'G', 'H', 'J', 'K', 'M', 'N']) expect(domaines).toContain(d);
    });

    it('has every built-in fiche in a fresh database', async () => {
      const rows: { code: string; libelle: string }[] = await ctx.dataSource.query(
        `SELECT "code", "libelle" FROM "rome_fiches" ORDER BY "code"`,
      );
      expect(rows.map((r) => [r.code, r.libelle])).toEqual(
        [...FICHES_ROME_INTEGREES].sort(([a], [b]) => a.localeCompare(b)),
      );
      expect(await referentiels.getFiche(' g1603 ')).toEqual({
        code: 'G1603',
        libelle: 'Personnel polyvalent en restauration',
        domaine: 'G',
        domaineLibelle: 'Hôtellerie-restauration, tourisme, loisirs et animation',
      });
      expect(await referentiels.getFiche('A1101')).toBeNull();
      expect(codes(await referentiels.searchRome('nettoyage'))).toContain('K2204');
    });
  });

  describe('import of the official lists', () => {
    const snapshot = () =>
      ctx.dataSource.query(`SELECT
        (SELECT md5(string_agg(code || libelle || domaine || libelle_normalise, '|' ORDER BY code)) FROM rome_fiches) AS fiches,
        (SELECT md5(string_agg(code_ogr || libelle || code_rome, '|' ORDER BY code_ogr)) FROM rome_appellations) AS appellations`);

    it('imports fiches and appellations, then a second run changes nothing', async () => {
      const importer = ctx.api.get(RomeImportService);
      const [fiches, appellations] = [dataRows('fiches.tsv'), dataRows('appellations.tsv')];
      expect(fiches).toBe(532);
      expect(appellations).toBeGreaterThan(11000);
      const first = await importer.importDirectory(ROME_DIR);
      expect(first.fiches).toMatchObject({
        lues: fiches,
        added: fiches - FICHES_ROME_INTEGREES.length,
        updated: 0,
        unchanged: FICHES_ROME_INTEGREES.length,
        ignorees: [],
      });
      expect(first.appellations).toMatchObject({
        lues: appellations,
        added: appellations,
        updated: 0,
        ignorees: [],
      });
      expect(first.dureeMs).toBeLessThan(10000);
      const after = await snapshot();

      const second = await importer.importDirectory(ROME_DIR);
      expect(second.fiches).toMatchObject({ added: 0, updated: 0, unchanged: fiches });
      expect(second.appellations).toMatchObject({ added: 0, updated: 0, unchanged: appellations });
      expect(await snapshot()).toEqual(after);
      expect(await referentiels.getAppellation('19427')).toEqual({
        codeOgr: '19427',
        libelle: 'Serveur / Serveuse de restaurant',
        codeRome: 'G1803',
      });
    });
  });

  describe('search (full référentiel)', () => {
    it('finds a fiche through its appellations: "serveur", "boulanger"', async () => {
      const serveur = await referentiels.searchRome('serveur');
      expect(codes(serveur).slice(0, 2)).toEqual(['G1803', 'G1801']);
      expect(serveur[0].appellations.map((a) => a.libelle)).toContain(
        'Serveur / Serveuse de restaurant',
      );
      const boulanger = await referentiels.searchRome('boulanger');
      expect(boulanger[0]).toMatchObject({ code: 'D1102', libelle: 'Boulangerie - viennoiserie' });
      expect(boulanger[0].appellations[0].libelle).toBe('Boulanger / Boulangère');
    });

    it('finds codes by prefix, the exact code first', async () => {
      const g16 = codes(await referentiels.searchRome('G16'));
      const expected = [...officialFiches().keys()].filter((c) => c.startsWith('G16'));
      expect([...g16].sort()).toEqual(expected);
      expect(codes(await referentiels.searchRome('g1603'))[0]).toBe('G1603');
    });

    it('ignores accents and case', async () => {
      const reference = codes(await referentiels.searchRome('education'));
      expect(reference).toContain('K1202');
      expect(codes(await referentiels.searchRome('ÉDUCATION'))).toEqual(reference);
      expect(codes(await referentiels.searchRome('Pâtisserie'))).toEqual(
        codes(await referentiels.searchRome('patisserie')),
      );
    });

    it('ranks label prefixes before words inside a label', async () => {
      const results = await referentiels.searchRome('vente', 50);
      const starts = results.map((r) => r.libelle.toLowerCase().startsWith('vente'));
      expect(starts[0]).toBe(true);
      expect(starts.lastIndexOf(true)).toBeLessThan(starts.indexOf(false));
      expect(codes(results)).toContain('D1501'); // "Animation de vente"
    });

    it('needs every word: "agent entretien" does not list every "agent"', async () => {
      const results = await referentiels.searchRome("agent d'entretien", 50);
      expect(results.length).toBeGreaterThan(0);
      for (const r of results) {
        const text = [r.libelle, ...r.appellations.map((a) => a.libelle)].join(' ').toLowerCase();
        expect(text).toMatch(/entretien/);
      }
    });

    it('answers quickly on the full référentiel', async () => {
      const started = Date.now();
      for (const q of [
        'serveur',
        'boulanger',
        'G16',
        'agent',
        'conducteur',
        'vente',
        'e',
        'aide',
      ]) {
        await referentiels.searchRome(q);
      }
      expect(Date.now() - started).toBeLessThan(2000);
    });
  });

  describe('HTTP', () => {
    it('searches for any logged-in user, and only them', async () => {
      const res = await ctx
        .http()
        .get('/referentiels/rome?q=serveur&limit=2')
        .set(bearer(ml.users.employeur.token))
        .expect(200);
      expect(res.body).toHaveLength(2);
      expect(res.body[0]).toMatchObject({ code: 'G1803', domaine: 'G' });
      await ctx.http().get('/referentiels/rome?q=serveur').expect(401);
    });

    it('refuses a missing q, a wrong limit and unknown parameters (400, in French)', async () => {
      const get = (query: string) =>
        ctx.http().get(`/referentiels/rome${query}`).set(bearer(ml.users.cre.token)).expect(400);
      expect((await get('')).body).toMatchObject({ code: 'VALIDATION', field: 'q' });
      expect((await get('?q=vente&limit=abc')).body.detail).toBe(
        '« limit » doit être un nombre entier.',
      );
      expect((await get('?q=vente&limit=500')).body.field).toBe('limit');
      expect((await get('?q=vente&tri=nom')).body).toMatchObject({
        field: 'tri',
        detail: "« tri » n'est pas un champ accepté.",
      });
    });

    it('gives a fiche with its appellations; 404 for an unknown code, 400 for a malformed one', async () => {
      const res = await ctx
        .http()
        .get('/referentiels/rome/g1803')
        .set(bearer(ml.users.cre.token))
        .expect(200);
      expect(res.body).toMatchObject({ code: 'G1803', libelle: 'Service en restauration' });
      expect(res.body.appellations).toContainEqual({
        codeOgr: '19427',
        libelle: 'Serveur / Serveuse de restaurant',
      });
      const missing = await ctx
        .http()
        .get('/referentiels/rome/A9999')
        .set(bearer(ml.users.cre.token))
        .expect(404);
      expect(missing.body).toMatchObject({
        code: 'NOT_FOUND',
        detail: 'La fiche ROME est introuvable.',
      });
      const bad = await ctx
        .http()
        .get('/referentiels/rome/Z12')
        .set(bearer(ml.users.cre.token))
        .expect(400);
      expect(bad.body).toMatchObject({ code: 'VALIDATION', field: 'code' });
    });

    it('lists the code lists with their labels', async () => {
      const res = await ctx
        .http()
        .get('/referentiels/codes')
        .set(bearer(ml.users.conseiller.token))
        .expect(200);
      expect(res.body.typesContrat.map((c: { code: string }) => c.code)).toEqual([
        'CDI',
        'CDD',
        'MIS',
        'SAI',
        'DDI',
        'TTI',
        'DIN',
      ]);
      expect(res.body.naturesContrat).toContainEqual({
        code: 'E2',
        libelle: "Contrat d'apprentissage",
      });
      expect(res.body.experiences).toHaveLength(3);
      expect(res.body.niveauxDiplome[0].code).toBe('INFRA_3');
      expect(res.body.domainesRome).toHaveLength(14);
    });
  });
});

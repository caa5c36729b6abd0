import {
  Commune,
  LaPosteImportService,
  ReferentielsService,
  decodeLaPoste,
  measureCoverage,
  parseLaPoste,
  readDecoupageDepartements,
} from '@app/referentiels';
import { readFileSync } from 'node:fs';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { LAPOSTE_FILE } from './support/shared-data';
import { createTestContext, TestContext } from './support/test-context';

const tableRows = (ctx: TestContext) =>
  ctx.dataSource.query(
    `SELECT "code_insee" AS "codeInsee", "lat", "lon", "population" FROM "communes"`,
  );

describe('Référentiel des communes', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let referentiels: ReferentielsService;
  const laPoste = parseLaPoste(decodeLaPoste(readFileSync(LAPOSTE_FILE)));
  const codes = (communes: Commune[]) => communes.map((c) => c.codeInsee);

  beforeAll(async () => {
    ctx = await createTestContext();
    ml = await seedStructure(ctx, 'ml-communes');
    referentiels = ctx.api.get(ReferentielsService);
  });
  afterAll(() => ctx.close());

  describe('default table (offline, from the packages)', () => {
    it('has every commune, and coordinates for most people, close to La Poste’s', async () => {
      const coverage = measureCoverage(await tableRows(ctx), laPoste.communes);
      // Figures of libs/referentiels/README.md: 42.4 % of communes, 90.8 % of the population.
      expect(coverage.communes).toBeGreaterThan(34900);
      expect(coverage.partCommunes).toBeGreaterThanOrEqual(0.4);
      expect(coverage.partPopulation).toBeGreaterThanOrEqual(0.88);
      expect(coverage.comparees).toBeGreaterThan(14000);
      expect(coverage.distanceKm.mediane).toBeLessThan(2);
      expect(coverage.partAMoinsDe5Km).toBeGreaterThanOrEqual(0.98);
      expect(coverage.partAMoinsDe10Km).toBeGreaterThanOrEqual(0.99);
    });

    it('looks communes up by INSEE code, Corsica included', async () => {
      expect(await referentiels.getCommune('2a004')).toMatchObject({
        codeInsee: '2A004',
        nom: 'Ajaccio',
        departement: '2A',
        region: '94',
        codesPostaux: expect.arrayContaining(['20000']),
        population: expect.any(Number),
      });
      expect(await referentiels.getCommune('99999')).toBeNull();
    });

    it('finds every commune of a postal code, the arrondissement and its city', async () => {
      expect(codes(await referentiels.findCommunes({ codePostal: '75011' }))).toEqual([
        '75056',
        '75111',
      ]);
      const shared = await referentiels.findCommunes({ codePostal: '54490' });
      expect(shared.length).toBeGreaterThan(1);
      for (const c of shared) expect(c.codesPostaux).toContain('54490');
    });

    it('finds names by prefix, accents, case and "st" ignored, the most populous first', async () => {
      const etienne = await referentiels.findCommunes({ nom: 'st-etienne' });
      expect(etienne[0]).toMatchObject({ codeInsee: '42218', nom: 'Saint-Étienne' });
      expect(codes(await referentiels.findCommunes({ nom: 'SAINT ÉTIENNE' }))[0]).toBe('42218');
      expect((await referentiels.findCommunes({ nom: 'montpel' }))[0].nom).toBe('Montpellier');
      expect(codes(await referentiels.findCommunes({ nom: 'etienne', limit: 50 }))).toContain(
        '42218',
      );
    });

    it('tells homonyms apart with the department', async () => {
      const all = await referentiels.findCommunes({ nom: 'Saint-Denis', limit: 100 });
      expect(codes(all)).toEqual(expect.arrayContaining(['93066', '97411']));
      const in93 = codes(
        await referentiels.findCommunes({ nom: 'Saint-Denis', departement: '93' }),
      );
      expect(in93).toEqual(['93066', '93039']); // then L'Île-Saint-Denis: a word starts so
      const in974 = await referentiels.findCommunes({ nom: 'saint denis', departement: '974' });
      expect(codes(in974)).toEqual(['97411']);
    });
  });

  describe('import of La Poste’s base', () => {
    it('imports the file quickly, then a second run changes nothing', async () => {
      const importer = ctx.api.get(LaPosteImportService);
      const first = await importer.importFile(LAPOSTE_FILE);
      expect(first.lignes).toBe(39192);
      expect(first.ignorees).toEqual([
        { ligne: expect.any(Number), raison: 'hors de France (MONACO)' },
      ]);
      // The 2020 file predates mergers: its old codes feed their current commune, none is added.
      expect(first.rattachees).toBeGreaterThan(100);
      expect(first.added).toBe(0);
      expect(first.communes).toBeLessThan(laPoste.communes.length);
      expect(first.added + first.updated + first.unchanged).toBe(first.communes);
      expect(first.updated).toBeGreaterThan(30000);
      expect(first.dureeMs).toBeLessThan(10000);

      const second = await importer.importFile(LAPOSTE_FILE);
      expect(second).toMatchObject({ added: 0, updated: 0, unchanged: first.communes });
    });

    it('keeps the default names and population, takes La Poste’s coordinates', async () => {
      const lille = await referentiels.getCommune('59350');
      const row = laPoste.communes.find((c) => c.codeInsee === '59350')!;
      expect(lille).toMatchObject({
        nom: 'Lille',
        lat: row.lat,
        lon: row.lon,
        sourceCoordonnees: 'laposte',
      });
      expect(lille!.population).toBeGreaterThan(200000);
    });

    it('then gives coordinates by postal code for every prefecture', async () => {
      const missing: string[] = [];
      for (const { chefLieu } of readDecoupageDepartements()) {
        const prefecture = await referentiels.getCommune(chefLieu);
        // Clipperton (989) is an uninhabited atoll: neither source has coordinates for it.
        if (chefLieu === '98901') continue;
        const found = await referentiels.findCommunes({
          codePostal: prefecture!.codesPostaux[0],
          limit: 100,
        });
        const match = found.find((c) => c.codeInsee === chefLieu);
        if (!match || match.lat === null) missing.push(`${chefLieu} ${prefecture!.nom}`);
      }
      expect(missing).toEqual([]);
    });

    it('and for at least 95 % of communes', async () => {
      const coverage = measureCoverage(await tableRows(ctx), laPoste.communes);
      expect(coverage.partCommunes).toBeGreaterThanOrEqual(0.95);
    });
  });

  describe('HTTP', () => {
    const get = (path: string, status: number) =>
      ctx.http().get(path).set(bearer(ml.users.employeur.token)).expect(status);

    it('searches by postal code or by name within a department', async () => {
      const byCp = await get('/referentiels/communes?codePostal=59000', 200);
      expect(byCp.body.map((c: Commune) => c.nom)).toContain('Lille');
      const byName = await get('/referentiels/communes?q=lille&departement=59&limit=3', 200);
      expect(byName.body[0]).toMatchObject({ codeInsee: '59350', departement: '59' });
      expect(byName.body.length).toBeLessThanOrEqual(3);
    });

    it('refuses a search without criteria, malformed values and unknown parameters', async () => {
      expect((await get('/referentiels/communes', 400)).body).toMatchObject({
        code: 'VALIDATION',
        field: 'q',
      });
      expect((await get('/referentiels/communes?codePostal=5900x', 400)).body.field).toBe(
        'codePostal',
      );
      expect((await get('/referentiels/communes?q=lille&departement=XX', 400)).body.field).toBe(
        'departement',
      );
      expect((await get('/referentiels/communes?q=lille&ville=1', 400)).body.field).toBe('ville');
    });

    it('gives one commune by INSEE code; 404 unknown, 400 malformed, 401 anonymous', async () => {
      expect((await get('/referentiels/communes/2B033', 200)).body).toMatchObject({
        nom: 'Bastia',
      });
      expect((await get('/referentiels/communes/99999', 404)).body.detail).toBe(
        'La commune est introuvable.',
      );
      expect((await get('/referentiels/communes/123', 400)).body.field).toBe('codeInsee');
      await ctx.http().get('/referentiels/communes/2B033').expect(401);
    });
  });
});

import { seedDemo } from '../apps/api/src/cli/seed-demo';
import { DEMO_PASSWORD } from '../apps/api/src/cli/demo-data';
import { createTestContext, TestContext } from './support/test-context';

const TABLES = [
  'structures',
  'users',
  'entreprises',
  'entreprise_membres',
  'offres',
  'offre_transitions',
  'outbox_events',
  'jeunes',
];

describe('Données de démonstration', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  /** Every row of the seeded tables, as text: two runs must give the very same state. */
  const snapshot = async () => {
    const out: Record<string, string[]> = {};
    for (const table of TABLES) {
      const rows: { r: string }[] = await ctx.dataSource.query(
        `SELECT t::text AS r FROM "${table}" t ORDER BY 1`,
      );
      out[table] = rows.map((x) => x.r);
    }
    return out;
  };

  it('creates the demo Mission Locale, its accounts, entreprises and offers; twice = same state', async () => {
    const env = {
      DATABASE_URL: ctx.env.DATABASE_URL,
      REDIS_PREFIX: ctx.env.REDIS_PREFIX,
      DEV_SURFACES: 'true',
    };
    const first = await seedDemo(env);
    expect(first.users.map((u) => u.role).sort()).toEqual([
      'admin',
      'conseiller',
      'cre',
      'employeur',
    ]);
    const after1 = await snapshot();
    expect(after1.users).toHaveLength(4);
    expect(after1.entreprises).toHaveLength(3);
    expect(after1.offres).toHaveLength(4);
    expect(after1.jeunes).toHaveLength(8);
    await seedDemo(env);
    expect(await snapshot()).toEqual(after1);

    const login = await ctx
      .http()
      .post('/auth/login')
      .send({ email: 'recrutement@boulangerie-dupont.demo', password: DEMO_PASSWORD })
      .expect(200);
    const offres = await ctx
      .http()
      .get('/offres')
      .set({ Authorization: `Bearer ${login.body.accessToken}` })
      .expect(200);
    expect(offres.body.items.map((o: { titre: string }) => o.titre).sort()).toEqual([
      'Apprenti(e) boulanger',
      'Vendeur / vendeuse en boulangerie',
    ]);
  });
});

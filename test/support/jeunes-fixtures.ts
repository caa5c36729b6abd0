import { bearer } from './fixtures';
import { TestContext } from './test-context';

/** A jeune aged 20 on 1 December 2026 (the tests' clock), living in Lille. */
export function jeuneBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    nom: 'Benali',
    prenom: 'Lina',
    dateNaissance: '2006-04-17',
    email: '  Lina.Benali@Example.FR ',
    telephone: '06 12 34 56 78',
    adresse: '3 rue des Tilleuls',
    codePostal: '59000',
    communeInsee: '59350',
    fichesRome: ['G1603', 'D1507'],
    experiences: [{ codeRome: 'G1603', dureeMois: 6 }],
    niveauDiplome: '3',
    rayonMobiliteKm: 15,
    transportsCommun: true,
    disponibleLe: '2026-12-07',
    programme: 'CEJ',
    programmeDebut: '2026-10-01',
    notes: 'Très motivée, garde de sa petite sœur le mercredi.',
    ...overrides,
  };
}

export async function createJeune(
  ctx: TestContext,
  token: string,
  overrides: Record<string, unknown> = {},
): Promise<Record<string, any>> {
  const res = await ctx.http().post('/jeunes').set(bearer(token)).send(jeuneBody(overrides));
  if (res.status !== 201)
    throw new Error(`POST /jeunes ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/**
 * Every occurrence of these strings in any text, varchar, char or jsonb column of any table of
 * the database: `table.column` → count. Used to prove that erasure leaves nothing behind.
 */
export async function findEverywhere(
  ctx: TestContext,
  needles: string[],
): Promise<Record<string, number>> {
  const columns: { table_name: string; column_name: string; data_type: string }[] = await ctx
    .dataSource.query(`
      SELECT table_name, column_name, data_type FROM information_schema.columns
      WHERE table_schema = 'public'
        AND data_type IN ('text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY')`);
  const found: Record<string, number> = {};
  for (const c of columns) {
    const expr = `lower(CAST("${c.column_name}" AS text))`;
    const where = needles.map((_, i) => `${expr} LIKE $${i + 1}`).join(' OR ');
    const [{ n }] = await ctx.dataSource.query(
      `SELECT count(*)::int AS n FROM "${c.table_name}" WHERE ${where}`,
      needles.map((s) => `%${s.toLowerCase()}%`),
    );
    if (n > 0) found[`${c.table_name}.${c.column_name}`] = n;
  }
  return found;
}

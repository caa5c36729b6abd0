import { bearer, seedStructure, SeededStructure } from './fixtures';
import { TestContext } from './test-context';

/** A 14-digit SIRET with a valid Luhn key, different for each seed. */
export function fakeSiret(seed: number): string {
  const base = `8${String(seed).padStart(12, '0')}`;
  for (let check = 0; check <= 9; check++) {
    const candidate = base + check;
    const sum = [...candidate].reverse().reduce((acc, d, i) => {
      let n = Number(d) * (i % 2 === 1 ? 2 : 1);
      if (n > 9) n -= 9;
      return acc + n;
    }, 0);
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}

export interface Employeur {
  entrepriseId: string;
  email: string;
  token: string;
}

let counter = 0;

/** An entreprise created by the CRE, with an employer account attached by a validated invitation flow. */
export async function entrepriseWithEmployer(
  ctx: TestContext,
  ml: SeededStructure,
  communeInsee = '59350',
): Promise<Employeur> {
  counter += 1;
  const entreprise = await ctx
    .http()
    .post('/entreprises')
    .set(bearer(ml.users.cre.token))
    .send({
      siret: fakeSiret(counter + 1000 * process.pid),
      raisonSociale: `Entreprise ${counter}`,
      communeInsee,
    })
    .expect(201);
  const email = `patron${counter}@entreprise.test`;
  const password = 'mot-de-passe-employeur';
  const signup = await ctx
    .http()
    .post(`/portail/${ml.code}/inscription`)
    .send({
      email,
      password,
      prenom: 'Patron',
      nom: `N${counter}`,
      entreprise: { siret: entreprise.body.siret, raisonSociale: `Entreprise ${counter}` },
    })
    .expect(201);
  const userId = signup.body.user?.id ?? signup.body.userId;
  await ctx
    .http()
    .post(`/entreprises/${entreprise.body.id}/membres/${userId}/valider`)
    .set(bearer(ml.users.cre.token))
    .expect((res) => expect([200, 201]).toContain(res.status));
  const login = await ctx.http().post('/auth/login').send({ email, password }).expect(200);
  return { entrepriseId: entreprise.body.id, email, token: login.body.accessToken };
}

export { seedStructure };

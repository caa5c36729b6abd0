import { bearer } from './fixtures';
import { TestContext } from './test-context';

/** Real SIRET that pass the checks (Luhn; La Poste's rule for 35600000049837). */
export const SIRET = {
  valide: '73282932000074',
  autre: '55208131766522',
  laPoste: '35600000049837',
} as const;

export function entrepriseBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    siret: SIRET.valide,
    raisonSociale: 'Boulangerie Durand SARL',
    enseigne: 'Au bon pain',
    codeNaf: '10.71C',
    adresse: '12 rue de la Gare',
    codePostal: '59000',
    communeInsee: '59350',
    trancheEffectif: '1_9',
    ...overrides,
  };
}

/** Creates an entreprise as the given staff member; returns the response body. */
export async function createEntreprise(
  ctx: TestContext,
  token: string,
  overrides: Record<string, unknown> = {},
): Promise<Record<string, any>> {
  const res = await ctx
    .http()
    .post('/entreprises')
    .set(bearer(token))
    .send(entrepriseBody(overrides))
    .expect(201);
  return res.body;
}

export interface SignedUpEmployer {
  userId: string;
  email: string;
  token: string;
}

/** Signs an employer up from the portal, then logs in. */
export async function signUpEmployer(
  ctx: TestContext,
  structureCode: string,
  email: string,
  entreprise: Record<string, unknown> = {},
  personne: Record<string, unknown> = {},
): Promise<SignedUpEmployer> {
  const password = 'un-mot-de-passe-solide';
  const res = await ctx
    .http()
    .post(`/portail/${structureCode}/inscription`)
    .send({
      email,
      password,
      prenom: 'Camille',
      nom: 'Durand',
      ...personne,
      entreprise: entrepriseBody(entreprise),
    })
    .expect(201);
  const login = await ctx.http().post('/auth/login').send({ email, password }).expect(200);
  return { userId: res.body.userId, email, token: login.body.accessToken };
}

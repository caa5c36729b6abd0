import { StructuresService, UsersService } from '@app/accounts';
import { Role } from '@app/core';
import { TestContext } from './test-context';

export const PASSWORD = 'mot-de-passe-de-test-1';

export interface SeededStructure {
  id: string;
  code: string;
  users: Record<
    'admin' | 'cre' | 'conseiller' | 'employeur',
    { id: string; email: string; token: string }
  >;
}

/** A structure with one account per role, logged in. */
export async function seedStructure(ctx: TestContext, code: string): Promise<SeededStructure> {
  const structure = await ctx.api
    .get(StructuresService)
    .upsertByCode({ code, nom: `Mission Locale ${code}` });
  const users = {} as SeededStructure['users'];
  for (const role of [Role.ADMIN, Role.CRE, Role.CONSEILLER, Role.EMPLOYEUR] as const) {
    const email = `${role}@${code}.test`;
    const user = await ctx.api.get(UsersService).ensure({
      structureId: structure.id,
      email,
      role,
      prenom: 'Prénom',
      nom: role,
      password: PASSWORD,
    });
    const res = await ctx
      .http()
      .post('/auth/login')
      .send({ email, password: PASSWORD })
      .expect(200);
    users[role] = { id: user.id, email, token: res.body.accessToken };
  }
  return { id: structure.id, code, users };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

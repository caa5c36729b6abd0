import { UsersService } from '@app/accounts';
import { Role } from '@app/core';
import { bearer, PASSWORD, seedStructure, SeededStructure } from './support/fixtures';
import { createTestContext, TestContext } from './support/test-context';

describe('Administration of a structure: accounts (role, deactivation) and identity, traced', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let autre: SeededStructure;
  let n = 0;

  beforeAll(async () => {
    ctx = await createTestContext();
    ml = await seedStructure(ctx, 'ml-admin-api');
    autre = await seedStructure(ctx, 'ml-admin-api-autre');
  });
  afterAll(() => ctx.close());

  const admin = () => bearer(ml.users.admin.token);
  const membre = async (role = Role.CONSEILLER) => {
    n++;
    return ctx.api.get(UsersService).create({
      structureId: ml.id,
      email: `membre${n}@ml-admin-api.test`,
      role,
      prenom: 'Camille',
      nom: `Membre${n}`,
      password: PASSWORD,
    });
  };
  const journal = async () =>
    (await ctx.http().get('/structures/current/journal').set(admin()).expect(200)).body;

  it('the admin changes a role: the account has it at its next login; the change is in the journal', async () => {
    const u = await membre();
    const res = await ctx.http().patch(`/users/${u.id}`).set(admin()).send({ role: 'cre' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: u.id, role: 'cre', active: true });
    const login = await ctx
      .http()
      .post('/auth/login')
      .send({ email: u.email, password: PASSWORD })
      .expect(200);
    const me = await ctx.http().get('/auth/me').set(bearer(login.body.accessToken)).expect(200);
    expect(me.body.role).toBe('cre');
    expect((await journal())[0]).toMatchObject({
      action: 'role',
      cibleUserId: u.id,
      auteurId: ml.users.admin.id,
      details: { avant: 'conseiller', apres: 'cre' },
    });
  });

  it('a deactivated account can no longer log in; reactivated, it can; both traced', async () => {
    const u = await membre();
    await ctx.http().patch(`/users/${u.id}`).set(admin()).send({ active: false }).expect(200);
    const refus = await ctx.http().post('/auth/login').send({ email: u.email, password: PASSWORD });
    expect(refus.status).toBe(401);
    await ctx.http().patch(`/users/${u.id}`).set(admin()).send({ active: true }).expect(200);
    await ctx.http().post('/auth/login').send({ email: u.email, password: PASSWORD }).expect(200);
    const actions = (await journal())
      .filter((l: any) => l.cibleUserId === u.id)
      .map((l: any) => l.action);
    expect(actions).toEqual(['reactivation', 'desactivation']);
  });

  it('refuses in French: own account, employer role, unknown role; other roles 403; other structure 404', async () => {
    const soi = await ctx
      .http()
      .patch(`/users/${ml.users.admin.id}`)
      .set(admin())
      .send({ active: false });
    expect(soi.status).toBe(400);
    expect(soi.body).toMatchObject({ field: 'active' });
    expect(soi.body.detail).toContain('votre propre compte');
    const employeur = await ctx
      .http()
      .patch(`/users/${ml.users.employeur.id}`)
      .set(admin())
      .send({ role: 'cre' });
    expect(employeur.status).toBe(400);
    expect(employeur.body.detail).toBe('Le rôle d’un compte employeur ne se change pas.');
    const u = await membre();
    const inconnu = await ctx
      .http()
      .patch(`/users/${u.id}`)
      .set(admin())
      .send({ role: 'employeur' });
    expect(inconnu.status).toBe(400);
    expect(inconnu.body.errors[0]).toMatchObject({ field: 'role' });
    expect(inconnu.body.errors[0].message).toContain('Le rôle doit être');
    for (const role of ['cre', 'conseiller', 'employeur'] as const) {
      await ctx
        .http()
        .patch(`/users/${u.id}`)
        .set(bearer(ml.users[role].token))
        .send({ active: false })
        .expect(403);
    }
    await ctx
      .http()
      .patch(`/users/${autre.users.cre.id}`)
      .set(admin())
      .send({ active: false })
      .expect(404);
    const unchanged = await ctx.api.get(UsersService).getForUser(u.id, {
      structureId: ml.id,
    } as never);
    expect(unchanged).toMatchObject({ active: true, role: 'conseiller' });
  });

  it('the identity: the portal shows the new name and contact at once; traced with before and after', async () => {
    const res = await ctx.http().patch('/structures/current').set(admin()).send({
      nom: 'Mission Locale des Weppes',
      email: 'contact@weppes.test',
      telephone: '03 20 00 00 01',
      couleur: '#1D4F91',
      logoUrl: '/logos/weppes.svg',
    });
    expect(res.status).toBe(200);
    const portail = await ctx.http().get('/portail-identite').query({ code: ml.code }).expect(200);
    expect(portail.body).toEqual({
      code: ml.code,
      nom: 'Mission Locale des Weppes',
      email: 'contact@weppes.test',
      telephone: '+33320000001',
      couleur: '#1d4f91',
      logoUrl: '/logos/weppes.svg',
    });
    const [ligne] = await journal();
    expect(ligne).toMatchObject({
      action: 'identite',
      cibleUserId: null,
      details: {
        avant: { nom: 'Mission Locale ml-admin-api', email: null },
        apres: { nom: 'Mission Locale des Weppes', email: 'contact@weppes.test' },
      },
    });
    // The same values again: nothing changed, nothing traced.
    await ctx
      .http()
      .patch('/structures/current')
      .set(admin())
      .send({ nom: 'Mission Locale des Weppes' })
      .expect(200);
    expect((await journal()).filter((l: any) => l.action === 'identite')).toHaveLength(1);
    // An empty field clears the contact.
    await ctx.http().patch('/structures/current').set(admin()).send({ email: '' }).expect(200);
    const efface = await ctx.http().get('/portail-identite').query({ code: ml.code });
    expect(efface.body.email).toBeNull();
  });

  it('the identity refuses in French per field; only the admin changes it; the journal is the admin’s', async () => {
    const res = await ctx
      .http()
      .patch('/structures/current')
      .set(admin())
      .send({ couleur: 'bleu', logoUrl: 'javascript:alert(1)', nom: 'ML' });
    expect(res.status).toBe(400);
    const fields = res.body.errors.map((e: any) => e.field).sort();
    expect(fields).toEqual(['couleur', 'logoUrl', 'nom']);
    expect(res.body.errors.find((e: any) => e.field === 'couleur').message).toContain(
      'La couleur s’écrit #rrggbb',
    );
    for (const role of ['cre', 'conseiller', 'employeur'] as const) {
      const t = bearer(ml.users[role].token);
      await ctx.http().patch('/structures/current').set(t).send({ nom: 'Piraté' }).expect(403);
      await ctx.http().get('/structures/current/journal').set(t).expect(403);
    }
    const portail = await ctx.http().get('/portail-identite').query({ code: ml.code });
    expect(portail.body.nom).not.toBe('Piraté');
    // Another structure's journal holds none of these changes.
    const leur = await ctx
      .http()
      .get('/structures/current/journal')
      .set(bearer(autre.users.admin.token))
      .expect(200);
    expect(leur.body).toEqual([]);
  });

  it('neighbours: the admin picks another structure by name and department, never sees its contact', async () => {
    await ctx.dataSource.query(`UPDATE structures SET departement = '62' WHERE id = $1`, [
      autre.id,
    ]);
    const { body } = await ctx.http().get('/structures/autres').set(admin()).expect(200);
    expect(body).toContainEqual({ id: autre.id, nom: expect.any(String), departement: '62' });
    expect(body.map((s: { id: string }) => s.id)).not.toContain(ml.id);
    expect(body.every((s: object) => Object.keys(s).sort().join() === 'departement,id,nom')).toBe(
      true,
    );
    for (const role of ['cre', 'conseiller'] as const)
      await ctx.http().get('/structures/autres').set(bearer(ml.users[role].token)).expect(403);
  });
});

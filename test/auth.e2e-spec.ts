import { bearer, PASSWORD, seedStructure, SeededStructure } from './support/fixtures';
import { createTestContext, TestContext } from './support/test-context';

describe('Authentification, rôles et structures', () => {
  let ctx: TestContext;
  let a: SeededStructure;
  let b: SeededStructure;

  beforeAll(async () => {
    ctx = await createTestContext({ env: { LOGIN_RATE_LIMIT: '5' } });
    a = await seedStructure(ctx, 'ml-a');
    b = await seedStructure(ctx, 'ml-b');
  });
  afterAll(() => ctx.close());

  it('logs in with the right password and returns a token that identifies the account', async () => {
    const res = await ctx
      .http()
      .post('/auth/login')
      .send({ email: 'CRE@ml-a.test ', password: PASSWORD })
      .expect(200);
    expect(res.body).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: 3600,
      user: { email: 'cre@ml-a.test', role: 'cre' },
    });
    expect(res.body.user.passwordHash).toBeUndefined();
    const me = await ctx.http().get('/auth/me').set(bearer(res.body.accessToken)).expect(200);
    expect(me.body).toMatchObject({ email: 'cre@ml-a.test', structureId: a.id });
  });

  it('answers 401 with the same message for a wrong password and an unknown email', async () => {
    const wrong = await ctx
      .http()
      .post('/auth/login')
      .send({ email: 'admin@ml-a.test', password: 'pas-le-bon-mot' })
      .expect(401);
    const unknown = await ctx
      .http()
      .post('/auth/login')
      .send({ email: 'personne@ml-a.test', password: 'pas-le-bon-mot' })
      .expect(401);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(wrong.body).toMatchObject({
      status: 401,
      code: 'INVALID_CREDENTIALS',
      detail: 'Adresse e-mail ou mot de passe incorrect.',
    });
    expect(unknown.body.detail).toBe(wrong.body.detail);
    expect(wrong.body.requestId).toEqual(expect.any(String));
  });

  it('refuses unknown fields with 400 naming the field, in French', async () => {
    const res = await ctx
      .http()
      .post('/auth/login')
      .send({ email: 'cre@ml-a.test', password: PASSWORD, admin: true })
      .expect(400);
    expect(res.body).toMatchObject({
      code: 'VALIDATION',
      field: 'admin',
      detail: "« admin » n'est pas un champ accepté.",
    });
  });

  it('names the invalid field of a malformed email', async () => {
    const res = await ctx
      .http()
      .post('/auth/login')
      .send({ email: 'pas-une-adresse', password: 'x' })
      .expect(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION', field: 'email' });
    expect(res.body.detail).toContain('adresse e-mail valide');
  });

  it('answers 400, not 500, to a body that is not JSON', async () => {
    const res = await ctx
      .http()
      .post('/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email":')
      .expect(400);
    expect(res.body.code).toBe('MALFORMED_REQUEST');
  });

  it('requires a token (401) and a valid one', async () => {
    await ctx.http().get('/users').expect(401);
    const res = await ctx.http().get('/users').set(bearer('pas.un.jeton')).expect(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
  });

  it('forbids a role the route does not allow (403)', async () => {
    const res = await ctx.http().get('/users').set(bearer(a.users.employeur.token)).expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
    await ctx
      .http()
      .post('/invitations')
      .set(bearer(a.users.conseiller.token))
      .send({ email: 'x@y.fr', role: 'employeur', prenom: 'X', nom: 'Y' })
      .expect(403);
  });

  it("hides another structure's data behind 404", async () => {
    const list = await ctx.http().get('/users').set(bearer(a.users.cre.token)).expect(200);
    expect(list.body.map((u: { email: string }) => u.email).sort()).toEqual([
      'admin@ml-a.test',
      'conseiller@ml-a.test',
      'cre@ml-a.test',
      'employeur@ml-a.test',
    ]);
    await ctx.http().get(`/users/${b.users.cre.id}`).set(bearer(a.users.cre.token)).expect(404);
    await ctx.http().get(`/users/${a.users.cre.id}`).set(bearer(a.users.cre.token)).expect(200);
    const other = await ctx
      .http()
      .get(`/structures/${b.id}`)
      .set(bearer(a.users.admin.token))
      .expect(404);
    expect(other.body.code).toBe('NOT_FOUND');
    await ctx.http().get(`/structures/${a.id}`).set(bearer(a.users.admin.token)).expect(200);
  });

  it('answers 400 naming the parameter for a malformed id', async () => {
    const res = await ctx.http().get('/users/123').set(bearer(a.users.cre.token)).expect(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION', field: 'id' });
  });

  it('slows brute force: after the limit, 429 with Retry-After, even with the right password', async () => {
    const email = 'conseiller@ml-b.test';
    for (let i = 0; i < 4; i++) {
      await ctx
        .http()
        .post('/auth/login')
        .send({ email, password: 'mauvais-mot-de-passe' })
        .expect(401);
    }
    // seedStructure logged in once: this is the 6th attempt in the window.
    const blocked = await ctx
      .http()
      .post('/auth/login')
      .send({ email, password: PASSWORD })
      .expect(429);
    expect(blocked.body.code).toBe('RATE_LIMITED');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Another account from the same address is not blocked.
    await ctx
      .http()
      .post('/auth/login')
      .send({ email: 'admin@ml-b.test', password: PASSWORD })
      .expect(200);
  });

  it('echoes the request id given by a proxy', async () => {
    const res = await ctx
      .http()
      .get('/nulle-part')
      .set('X-Request-Id', 'req-abc-12345')
      .expect(404);
    expect(res.headers['x-request-id']).toBe('req-abc-12345');
    expect(res.body).toMatchObject({ code: 'NOT_FOUND', requestId: 'req-abc-12345' });
  });
});

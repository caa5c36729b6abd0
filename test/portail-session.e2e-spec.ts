import { PASSWORD, seedStructure, SeededStructure, bearer } from './support/fixtures';
import { createTestContext, TestContext } from './support/test-context';

const cookiesOf = (res: { headers: Record<string, unknown> }) =>
  (res.headers['set-cookie'] as string[] | undefined) ?? [];
const cookieHeader = (setCookies: string[]) => setCookies.map((c) => c.split(';')[0]).join('; ');

describe('Portal sessions: httpOnly cookie, CSRF, logout; password reset by email link', () => {
  let ctx: TestContext;
  let ml: SeededStructure;

  beforeAll(async () => {
    ctx = await createTestContext({ worker: true, env: { OUTBOX_POLL_MS: '50' } });
    ml = await seedStructure(ctx, 'ml-session');
  });
  afterAll(() => ctx.close());

  const login = async (password = PASSWORD) => {
    const res = await ctx
      .http()
      .post('/auth/session')
      .send({ email: ml.users.employeur.email, password })
      .expect(200);
    return { res, cookie: cookieHeader(cookiesOf(res)), csrf: res.body.csrfToken as string };
  };

  it('sets an httpOnly, Secure, SameSite=Strict session cookie and no token in the body', async () => {
    const { res } = await login();
    const [session, csrf] = cookiesOf(res);
    expect(session).toMatch(
      /^ml_session=.+; Path=\/; Max-Age=3600; Secure; SameSite=Strict; HttpOnly$/,
    );
    expect(csrf).toMatch(/^ml_csrf=/);
    expect(csrf).not.toMatch(/HttpOnly/);
    expect(res.body).not.toHaveProperty('accessToken');
    expect(res.body.user).toMatchObject({ email: ml.users.employeur.email, role: 'employeur' });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('the cookie authenticates reads; writes need the CSRF header, bearer clients do not', async () => {
    const { cookie, csrf } = await login();
    const me = await ctx.http().get('/auth/session').set('Cookie', cookie).expect(200);
    expect(me.body).toMatchObject({ user: { role: 'employeur' }, csrfToken: csrf });

    const sansCsrf = await ctx.http().post('/offres').set('Cookie', cookie).send({});
    expect(sansCsrf.status).toBe(403);
    expect(sansCsrf.body).toMatchObject({ code: 'CSRF' });
    expect(sansCsrf.body.detail).toMatch(/anti-falsification/);

    const faux = await ctx
      .http()
      .post('/offres')
      .set('Cookie', cookie)
      .set(
        'X-CSRF-Token',
        csrf.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
      )
      .send({});
    expect(faux.status).toBe(403);

    // With the right token the request reaches validation (400 naming a field).
    const ok = await ctx
      .http()
      .post('/offres')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', csrf)
      .send({});
    expect(ok.status).toBe(400);
    expect(ok.body.code).toBe('VALIDATION');

    // API clients: a bearer token, no CSRF needed.
    const api = await ctx.http().post('/offres').set(bearer(ml.users.employeur.token)).send({});
    expect(api.status).toBe(400);
  });

  it('an invalid or expired cookie is a 401; logout clears both cookies', async () => {
    await ctx.http().get('/auth/session').set('Cookie', 'ml_session=abc').expect(401);
    const out = await ctx.http().delete('/auth/session').expect(204);
    expect(cookiesOf(out)).toEqual([
      expect.stringMatching(/^ml_session=; Path=\/; Max-Age=0;.*HttpOnly/),
      expect.stringMatching(/^ml_csrf=; Path=\/; Max-Age=0/),
    ]);
  });

  it('password reset: same answer for unknown addresses, a link by email, single use', async () => {
    const inconnu = await ctx
      .http()
      .post('/auth/mot-de-passe/oubli')
      .send({ email: 'personne@nulle-part.test' })
      .expect(202);
    const connu = await ctx
      .http()
      .post('/auth/mot-de-passe/oubli')
      .send({ email: ml.users.employeur.email })
      .expect(202);
    expect(connu.body).toEqual(inconnu.body);

    const mail = await ctx.smtp.waitForMail(
      (m) => m.to.includes(ml.users.employeur.email) && /mot de passe/i.test(m.subject),
    );
    const jeton = mail.text.match(/\/portail\/mot-de-passe\/nouveau#jeton=([\w.-]+)/)?.[1];
    expect(jeton).toBeDefined();

    const court = await ctx
      .http()
      .post('/auth/mot-de-passe/nouveau')
      .send({ jeton, password: 'court' })
      .expect(400);
    expect(court.body.field).toBe('password');
    expect(court.body.detail).toMatch(/12 caractères/);

    const nouveau = 'un-nouveau-mot-de-passe-2026';
    await ctx
      .http()
      .post('/auth/mot-de-passe/nouveau')
      .send({ jeton, password: nouveau })
      .expect(204);
    await login(nouveau);
    const again = await ctx
      .http()
      .post('/auth/mot-de-passe/nouveau')
      .send({ jeton, password: 'encore-un-autre-mot-de-passe' })
      .expect(410);
    expect(again.body.detail).toMatch(/déjà servi/);
    // An access token is not a reset token.
    await ctx
      .http()
      .post('/auth/mot-de-passe/nouveau')
      .send({ jeton: ml.users.cre.token, password: 'encore-un-autre-mot-de-passe' })
      .expect(410);
  });
});

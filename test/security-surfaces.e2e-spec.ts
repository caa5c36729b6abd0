import { UsersService } from '@app/accounts';
import { Role, TOKEN_ISSUER } from '@app/core';
import { JwtService } from '@nestjs/jwt';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { bearer, PASSWORD, seedStructure, SeededStructure } from './support/fixtures';
import { entrepriseBody, SIRET } from './support/entreprises';
import { freePort, RedisServer } from './support/redis-server';
import { createTestContext, TestContext } from './support/test-context';
import { waitFor } from './support/wait-for';

const DEV_SECRET = 'dev-only-secret-change-me-in-production-0123456789';

describe('Sécurité : portes d’entrée (tableau des files, en-têtes, inscriptions, jetons)', () => {
  let ctx: TestContext;
  let a: SeededStructure;
  let b: SeededStructure;

  beforeAll(async () => {
    ctx = await createTestContext({ env: { SIGNUP_RATE_LIMIT: '3' } });
    a = await seedStructure(ctx, 'ml-secu-a');
    b = await seedStructure(ctx, 'ml-secu-b');
  });
  afterAll(() => ctx.close());

  it('the queue dashboard is for the platform operator only, by access token, never HTTP Basic', async () => {
    await ctx.api.get(UsersService).ensure({
      structureId: a.id,
      email: 'operateur@plateforme.test',
      role: Role.OPERATEUR,
      prenom: 'Opé',
      nom: 'Rateur',
      password: PASSWORD,
    });
    const login = await ctx
      .http()
      .post('/auth/login')
      .send({ email: 'operateur@plateforme.test', password: PASSWORD })
      .expect(200);
    await ctx.http().get('/admin/queues').expect(401);
    const basic = Buffer.from(`${a.users.admin.email}:${PASSWORD}`).toString('base64');
    await ctx.http().get('/admin/queues').set('Authorization', `Basic ${basic}`).expect(401);
    await ctx.http().get('/admin/queues').set(bearer(a.users.admin.token)).expect(403);
    await ctx.http().get('/admin/queues').set(bearer(login.body.accessToken)).expect(200);
  });

  it('trusts X-Forwarded-For only from configured proxies: a new header per attempt does not escape the limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await ctx
        .http()
        .post('/auth/login')
        .set('X-Forwarded-For', `203.0.113.${i}`)
        .send({ email: a.users.cre.email, password: 'mauvais-mot-de-passe' });
      statuses.push(res.status);
    }
    // LOGIN_RATE_LIMIT (5) per (IP, email), the fixture's login included: a forged header each
    // time changes nothing, the socket address is the client's.
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });

  it('portal sign-up: the same answer whether the email has an account or not, and a limit per IP', async () => {
    const signUp = (email: string, siret: string) =>
      ctx
        .http()
        .post(`/portail/${a.code}/inscription`)
        .send({
          email,
          password: 'un-mot-de-passe-solide',
          prenom: 'P',
          nom: 'N',
          entreprise: entrepriseBody({ siret }),
        });
    const nouveau = await signUp('nouveau@garage.test', SIRET.valide);
    const existant = await signUp(b.users.admin.email, SIRET.autre);
    expect(existant.status).toBe(nouveau.status);
    expect(Object.keys(existant.body).sort()).toEqual(Object.keys(nouveau.body).sort());
    expect(existant.body.message).toBe(nouveau.body.message);
    await signUp('troisieme@garage.test', SIRET.autre).expect(201);
    const limited = await signUp('quatrieme@garage.test', SIRET.autre);
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
  });

  it("an invitation tells nobody about another structure's accounts", async () => {
    const invite = (token: string, email: string) =>
      ctx
        .http()
        .post('/invitations')
        .set(bearer(token))
        .send({ email, role: 'employeur', prenom: 'X', nom: 'Y' });
    await invite(b.users.cre.token, a.users.cre.email).expect(201);
    await invite(b.users.cre.token, 'personne@nulle-part.test').expect(201);
    await invite(a.users.cre.token, a.users.conseiller.email).expect(409);
  });

  it('refuses tokens without exp, and tokens signed with another secret', async () => {
    const claims = { typ: 'access', sub: a.users.admin.id, sid: a.id, role: 'admin', email: 'x' };
    const sign = (secret: string, options: { expiresIn?: number } = {}) =>
      new JwtService({ secret }).sign(claims, { issuer: TOKEN_ISSUER, ...options });
    const noExp = sign(DEV_SECRET);
    await ctx.http().get('/jeunes').set(bearer(noExp)).expect(401);
    const forged = sign('x'.repeat(40), { expiresIn: 60 });
    await ctx.http().get('/jeunes').set(bearer(forged)).expect(401);
    const good = sign(DEV_SECRET, { expiresIn: 60 });
    await ctx.http().get('/jeunes').set(bearer(good)).expect(200);
  });

  it('sends CSP, nosniff, frame-ancestors and no-referrer on API and pages; no X-Powered-By', async () => {
    for (const url of ['/compte/activer/jeton', '/offres', '/health']) {
      const res = await ctx.http().get(url).set(bearer(a.users.cre.token));
      const csp = res.headers['content-security-policy'];
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      // Only our own scripts; inline styles are allowed (the identity colours, Mantine's styles).
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
    const docs = await ctx.http().get('/docs/');
    expect(docs.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});

describe('Sécurité : surfaces de développement désactivées sans DEV_SURFACES', () => {
  /** Starts the real API process; it must exit at once, saying why. */
  const bootFails = async (env: Record<string, string>) => {
    const child = spawn(
      process.execPath,
      [
        '-r',
        'ts-node/register/transpile-only',
        '-r',
        'tsconfig-paths/register',
        'apps/api/src/main.ts',
      ],
      {
        cwd: join(__dirname, '..'),
        env: { PATH: process.env.PATH, TS_NODE_PROJECT: 'tsconfig.json', PORT: '39999', ...env },
        stdio: 'pipe',
      },
    );
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    return { code, output };
  };

  it('the API refuses to start with the development JWT secret without DEV_SURFACES, or with DEV_SURFACES in production', async () => {
    const devSecret = await bootFails({ SMS_PROVIDER: 'brevo', BREVO_API_KEY: 'cle' });
    expect(devSecret.code).toBe(1);
    expect(devSecret.output).toContain('JWT_SECRET : obligatoire');
    const production = await bootFails({
      NODE_ENV: 'production',
      DEV_SURFACES: 'true',
      JWT_SECRET: 'un-secret-de-production-de-plus-de-32-caracteres',
    });
    expect(production.code).toBe(1);
    expect(production.output).toContain(
      'DEV_SURFACES : les surfaces de développement sont interdites',
    );
  }, 60_000);

  it('answers 404 on /dev/sms and its reply form, and refuses the dev SMS provider', async () => {
    const ctx = await createTestContext({
      env: {
        DEV_SURFACES: 'false',
        JWT_SECRET: 'un-secret-de-production-de-plus-de-32-caracteres',
        SMS_PROVIDER: 'brevo',
        BREVO_API_KEY: 'cle',
      },
    });
    try {
      await ctx.http().get('/dev/sms').expect(404);
      await ctx
        .http()
        .post('/dev/sms/reponse')
        .type('form')
        .send('from=%2B33612345678&text=STOP')
        .expect(404);
    } finally {
      await ctx.close();
    }
    await expect(
      createTestContext({
        env: {
          DEV_SURFACES: 'false',
          JWT_SECRET: 'un-secret-de-production-de-plus-de-32-caracteres',
        },
      }),
    ).rejects.toThrow(/SMS_PROVIDER/);
  });
});

describe('Sécurité : limite des inscriptions sans Redis', () => {
  let redis: RedisServer;
  let ctx: TestContext;

  beforeAll(async () => {
    redis = await new RedisServer(await freePort()).start();
    ctx = await createTestContext({ env: { REDIS_URL: redis.url } });
    await seedStructure(ctx, 'ml-secu-redis');
  });
  afterAll(async () => {
    await redis.start(); // closing needs it
    await ctx.close();
    await redis.stop();
  });

  it('answers 503 (closed, not open, not 500) while Redis is down, then counts again', async () => {
    const signUp = (email: string) =>
      ctx
        .http()
        .post('/portail/ml-secu-redis/inscription')
        .send({
          email,
          password: 'un-mot-de-passe-solide',
          prenom: 'P',
          nom: 'N',
          entreprise: entrepriseBody({ siret: SIRET.valide }),
        });
    await redis.stop();
    const down = await signUp('pendant@panne.test');
    expect(down.status).toBe(503);
    expect(down.body.code).toBe('SERVICE_UNAVAILABLE');
    await redis.start();
    await waitFor(async () => (await signUp('apres@panne.test')).status === 201, {
      timeoutMs: 15000,
      what: 'sign-up after Redis is back',
    });
  });
});

import { UsersService } from '@app/accounts';
import { Role, TOKEN_ISSUER } from '@app/core';
import { JwtService } from '@nestjs/jwt';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { bearer, PASSWORD, seedStructure, SeededStructure } from './support/fixtures';
import { entrepriseBody, SIRET } from './support/entreprises';
import { createJeune } from './support/jeunes-fixtures';
import { notify } from './support/messaging';
import { freePort, RedisServer } from './support/redis-server';
import { createTestContext, TestContext } from './support/test-context';
import { waitFor } from './support/wait-for';

const DEV_SECRET = 'dev-only-secret-change-me-in-production-0123456789';
const ROLES = ['admin', 'cre', 'conseiller', 'employeur'] as const;

describe('Sécurité : aucun accès entre structures, aucune coordonnée hors vue documentée', () => {
  let ctx: TestContext;
  let a: SeededStructure;
  let b: SeededStructure;
  /** B's rows, by kind, and the strings that must never reach A. */
  const theirs: Record<string, string> = {};
  let secrets: string[];

  beforeAll(async () => {
    ctx = await createTestContext({ env: { SIGNUP_RATE_LIMIT: '3' } });
    a = await seedStructure(ctx, 'ml-secu-a');
    b = await seedStructure(ctx, 'ml-secu-b');
    const jeune = await createJeune(ctx, b.users.conseiller.token, {
      nom: 'Quenardel',
      email: 'quenardel@exemple.fr',
      telephone: '06 77 88 99 00',
      idExterne: 'IMILO-B-1',
      consentEmail: true,
    });
    const entreprise = await ctx
      .http()
      .post('/entreprises')
      .set(bearer(b.users.cre.token))
      .send(entrepriseBody({ siret: SIRET.laPoste, raisonSociale: 'Forge Zanzibar' }))
      .expect(201);
    const offre = await ctx
      .http()
      .post('/offres')
      .set(bearer(b.users.cre.token))
      .send({
        entrepriseId: entreprise.body.id,
        titre: 'Soudeur zanzibarien',
        codeRome: 'H2913',
        description: 'Soudure à l’arc, lecture de plans.',
        typeContrat: 'CDI',
        heuresHebdo: 35,
        dateDebut: '2030-01-15',
      })
      .expect(201);
    Object.assign(theirs, {
      jeune: jeune.id,
      entreprise: entreprise.body.id,
      offre: offre.body.id,
      user: b.users.cre.id,
      structure: b.id,
    });
    secrets = [jeune.id, 'Quenardel', 'quenardel@exemple.fr', '+33677889900', 'IMILO-B-1'];
    secrets.push(entreprise.body.id, 'Forge Zanzibar', offre.body.id, 'Soudeur zanzibarien');
  });
  afterAll(() => ctx.close());

  /** The B row a path parameter names, guessed from the path (jeunes/{id} → B's jeune…). */
  const idFor = (path: string, param: string): string => {
    const kind =
      param === 'jeuneId' || path.startsWith('/jeunes')
        ? 'jeune'
        : param === 'entrepriseId' || path.startsWith('/entreprises')
          ? 'entreprise'
          : path.startsWith('/offres')
            ? 'offre'
            : path.startsWith('/users')
              ? 'user'
              : 'structure';
    return theirs[kind];
  };

  it('role × structure × operation: no GET of the API reads a row of another structure', async () => {
    const doc = (await ctx.http().get('/docs-json').expect(200)).body;
    let checked = 0;
    for (const [path, methods] of Object.entries<Record<string, any>>(doc.paths)) {
      if (!methods.get) continue;
      const params: string[] = (methods.get.parameters ?? [])
        .filter((p: { in: string }) => p.in === 'path')
        .map((p: { name: string }) => p.name);
      let url = path;
      for (const p of params) url = url.replace(`{${p}}`, idFor(path, p));
      for (const role of ROLES) {
        const res = await ctx.http().get(url).set(bearer(a.users[role].token));
        checked += 1;
        // The problem body echoes the requested path (`instance`): that is not a leak.
        const leak = secrets.find((s) => res.text.split(url).join('').includes(s));
        expect({ role, url, status: res.status, leak }).toEqual({
          role,
          url,
          status: res.status,
          leak: undefined,
        });
        // The readiness probe says 503 by design when no worker runs (this test starts none).
        if (path !== '/health/ready') expect(res.status).toBeLessThan(500);
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('a CRE sees no email, phone or external id of a jeune, in lists, profiles or messages', async () => {
    const j = await createJeune(ctx, a.users.conseiller.token, {
      email: 'lina.masquee@exemple.fr',
      idExterne: 'IMILO-A-7',
      consentEmail: true,
    });
    await notify(ctx, {
      event: `secu:${j.id}`,
      structureId: a.id,
      destinataire: { jeuneId: j.id },
      template: 'candidat_propose',
      data: { offre: 'Vendeur', candidat: 'Lina B.', lien: 'http://ml.test/x' },
    });
    // As the worker does at send time.
    await ctx.dataSource.query(`UPDATE messages SET adresse = $1 WHERE destinataire_id = $2`, [
      'lina.masquee@exemple.fr',
      j.id,
    ]);
    const cre = bearer(a.users.cre.token);
    for (const url of ['/jeunes', `/jeunes/${j.id}`, '/messages', `/jeunes/${j.id}/messages`]) {
      const res = await ctx.http().get(url).set(cre).expect(200);
      expect({ url, text: res.text }).toEqual({
        url,
        text: expect.not.stringContaining('lina.masquee'),
      });
      expect(res.text).not.toContain('IMILO-A-7');
      expect(res.text).not.toContain('+33612345678');
    }
    const conseiller = await ctx
      .http()
      .get(`/jeunes/${j.id}/messages`)
      .set(bearer(a.users.conseiller.token))
      .expect(200);
    expect(conseiller.text).toContain('lina.masquee@exemple.fr');
    await ctx.http().get('/jeunes').set(bearer(a.users.employeur.token)).expect(403);
  });

  it('neighbour structures: a reciprocal agreement the other admin accepts, revocable, unknown ids refused', async () => {
    const admin = bearer(a.users.admin.token);
    const unknown = await ctx
      .http()
      .put('/matching/reglages')
      .set(admin)
      .send({ structuresVoisines: ['3f1c2b0e-8d7a-4c55-9e1f-2a3b4c5d6e7f'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.field).toBe('structuresVoisines[0]');

    const wish = await ctx
      .http()
      .put('/matching/reglages')
      .set(admin)
      .send({ structuresVoisines: [b.id] })
      .expect(200);
    expect(wish.body).toMatchObject({ structuresVoisines: [b.id], perimetreEffectif: [] });

    const accord = await ctx
      .http()
      .post('/matching/accords')
      .set(admin)
      .send({ structureId: b.id })
      .expect(201);
    expect(accord.body.statut).toBe('proposee');
    // A cannot accept for B; B's CRE cannot either; B's admin can.
    await ctx.http().post(`/matching/accords/${accord.body.id}/accepter`).set(admin).expect(409);
    await ctx
      .http()
      .post(`/matching/accords/${accord.body.id}/accepter`)
      .set(bearer(b.users.cre.token))
      .expect(403);
    await ctx
      .http()
      .post(`/matching/accords/${accord.body.id}/accepter`)
      .set(bearer(b.users.admin.token))
      .expect(200);
    const open = await ctx.http().get('/matching/reglages').set(admin).expect(200);
    expect(open.body.perimetreEffectif).toEqual([b.id]);

    await ctx
      .http()
      .post(`/matching/accords/${accord.body.id}/revoquer`)
      .set(bearer(b.users.admin.token))
      .expect(200);
    const closed = await ctx.http().get('/matching/reglages').set(admin).expect(200);
    expect(closed.body.perimetreEffectif).toEqual([]);
    const log = await ctx.dataSource.query(
      `SELECT from_statut, to_statut FROM matching_accord_transitions WHERE accord_id = $1 ORDER BY at`,
      [accord.body.id],
    );
    expect(log).toEqual([
      { from_statut: null, to_statut: 'proposee' },
      { from_statut: 'proposee', to_statut: 'acceptee' },
      { from_statut: 'acceptee', to_statut: 'revoquee' },
    ]);
    const other = await ctx
      .http()
      .post('/matching/accords')
      .set(admin)
      .send({ structureId: '3f1c2b0e-8d7a-4c55-9e1f-2a3b4c5d6e7f' });
    expect(other.status).toBe(400);
    expect(other.body.field).toBe('structureId');
  });

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
      expect(csp).not.toContain('unsafe-inline');
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

import { FixedClock } from '@app/core';
import { JeunesService } from '@app/jeunes';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { createJeune, jeuneBody } from './support/jeunes-fixtures';
import { Employeur, entrepriseWithEmployer } from './support/offres-fixtures';
import { createTestContext, TestContext } from './support/test-context';

const clock = new FixedClock(new Date('2026-12-01T08:00:00Z'));
const WEBHOOK_TOKEN = 'jeton-de-webhook-de-test-0123456789';

const offreBody = (entrepriseId: string, over: Record<string, unknown> = {}) => ({
  entrepriseId,
  titre: 'Serveur / serveuse en brasserie',
  codeRome: 'G1803',
  description: 'Service en salle, accueil des clients, mise en place.',
  typeContrat: 'CDD',
  dureeValeur: 6,
  dureeUnite: 'mois',
  heuresHebdo: 35,
  dateDebut: '2026-12-15',
  ...over,
});

/** JSON nested `depth` levels deep, built as text (a recursive builder would overflow first). */
const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('Sécurité : une entrée invalide donne un 4xx qui nomme le champ, jamais un 5xx', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let emp: Employeur;
  let cre: Record<string, string>;
  let conseiller: Record<string, string>;

  beforeAll(async () => {
    ctx = await createTestContext({ clock, env: { MESSAGING_WEBHOOK_TOKEN: WEBHOOK_TOKEN } });
    ml = await seedStructure(ctx, 'ml-secu-entrees');
    emp = await entrepriseWithEmployer(ctx, ml);
    cre = bearer(ml.users.cre.token);
    conseiller = bearer(ml.users.conseiller.token);
  });
  afterAll(() => ctx.close());

  const json = (method: 'post' | 'patch' | 'put', url: string, body: string, headers = {}) =>
    ctx.http()[method](url).set(headers).set('Content-Type', 'application/json').send(body);

  it('caps the depth and the size of JSON bodies in the parser, on every route (login, sign-up included)', async () => {
    for (const url of ['/auth/login', `/portail/${ml.code}/inscription`, '/offres']) {
      const res = await json('post', url, nested(5000), cre);
      expect(res.status).toBe(400);
      expect(res.body.detail).toContain('imbriqué trop profondément');
    }
    // 32 levels are fine for the parser (the DTO then refuses the unknown field).
    expect((await json('post', '/auth/login', nested(30))).status).toBe(400);
    const big = JSON.stringify({ email: 'a@b.fr', password: 'x'.repeat(1_100_000) });
    expect((await json('post', '/auth/login', big)).status).toBe(413);
  });

  it('refuses control characters and lone surrogates once, for every string: body, query, path', async () => {
    const login = await json('post', '/auth/login', '{"email":"a\\ud800@b.fr","password":"x"}');
    expect(login.status).toBe(400);
    expect(login.body).toMatchObject({ code: 'VALIDATION', field: 'email' });
    expect(login.body.detail).toContain('caractères non autorisés');

    const q = await ctx.http().get('/offres?q=caf%00e').set(cre);
    expect(q.status).toBe(400);
    expect(q.body.field).toBe('q');

    const portail = await ctx.http().post('/portail/%00/inscription').send({});
    expect(portail.status).toBe(400);
    expect(portail.body.field).toBe('structureCode');

    const nom = await ctx
      .http()
      .post('/jeunes')
      .set(conseiller)
      .send(jeuneBody({ nom: 'Ben\u0000ali' }));
    expect(nom.status).toBe(400);
    expect(nom.body.field).toBe('nom');
    const nested = await ctx
      .http()
      .post('/jeunes')
      .set(conseiller)
      .send(jeuneBody({ experiences: [{ codeRome: 'G1603', dureeMois: 2, intitule: 'a\u0007' }] }));
    expect(nested.body.field).toBe('experiences[0].intitule');
  });

  it('treats explicit null as a value: refused on NOT NULL fields, arrays and dates, accepted where nullable', async () => {
    const offre = await ctx
      .http()
      .post('/offres')
      .set(bearer(emp.token))
      .send(offreBody(emp.entrepriseId))
      .expect(201);
    const titre = await ctx.http().patch(`/offres/${offre.body.id}`).set(cre).send({ titre: null });
    expect(titre.status).toBe(400);
    expect(titre.body).toMatchObject({ code: 'VALIDATION', field: 'titre' });
    expect(titre.body.detail).toContain('ne peut pas être null');
    const codeRome = await ctx
      .http()
      .post('/offres')
      .set(bearer(emp.token))
      .send(offreBody(emp.entrepriseId, { codeRome: null }));
    expect(codeRome.body.field).toBe('codeRome');

    for (const field of ['experiences', 'indisponibilites', 'fichesRome', 'dateNaissance']) {
      const res = await ctx
        .http()
        .post('/jeunes')
        .set(conseiller)
        .send(jeuneBody({ [field]: null }));
      expect(res.status).toBe(400);
      expect(res.body.field).toBe(field);
    }
    // Nullable fields (email, notes…) still take null: it clears them.
    const j = await createJeune(ctx, ml.users.conseiller.token, { email: null, notes: null });
    expect(j.email).toBeNull();
  });

  it('says "est obligatoire" for a missing required string, not a length rule', async () => {
    const res = await ctx
      .http()
      .post('/jeunes')
      .set(conseiller)
      .send(jeuneBody({ nom: undefined }));
    expect(res.status).toBe(400);
    expect(res.body.detail).toBe('« nom » est obligatoire.');
  });

  it('bounds pagination (no bigint overflow) and refuses impossible dates', async () => {
    const res = await ctx.http().get('/offres?page=99999999999999999999').set(cre);
    expect(res.status).toBe(400);
    expect(res.body.field).toBe('page');
    const jeune = await ctx
      .http()
      .post('/jeunes')
      .set(conseiller)
      .send(jeuneBody({ dateNaissance: '2006-02-30' }));
    expect(jeune.status).toBe(400);
    expect(jeune.body.field).toBe('dateNaissance');
  });

  it('names the path parameter whose percent-encoding is broken', async () => {
    for (const path of ['/offres/%zz', '/offres/%25zz', '/offres/%E0%A4%A']) {
      const res = await ctx.http().get(path).set(cre);
      expect(res.status).toBe(400);
      expect(res.body.field).toBe('id');
    }
  });

  it('reads a missing body as empty: account activation without a body is a 4xx page', async () => {
    const res = await ctx.http().post('/compte/activer/jeton-inconnu');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it('checks webhook bodies: non-string fields, [null], 100k-character values are 400s', async () => {
    const hook = (path: string, body: unknown) =>
      ctx
        .http()
        .post(`${path}?jeton=${WEBHOOK_TOKEN}`)
        .send(body as object);
    const cases: Array<[string, unknown, string]> = [
      ['/webhooks/sms/dev', { from: { x: 1 }, text: 'STOP' }, 'from'],
      ['/webhooks/sms/dev', [null], '[0]'],
      ['/webhooks/sms/dev', { from: '+33612345678', text: 'x'.repeat(100_000) }, 'text'],
      ['/webhooks/email/brevo', [{ event: ['delivered'] }], '[0].event'],
      ['/webhooks/email/brevo', { email: 42, event: 'spam' }, 'email'],
    ];
    for (const [path, body, field] of cases) {
      const res = await hook(path, body);
      expect(res.status).toBe(400);
      expect(res.body.field).toBe(field);
    }
    const twice = await ctx
      .http()
      .post(`/webhooks/email/brevo?jeton=${WEBHOOK_TOKEN}&jeton=x`)
      .send({ event: 'delivered' });
    expect(twice.status).toBe(401);
  });

  it('withdraws SMS consent for every jeune sharing a number in one set-based update, with history', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const j = await createJeune(ctx, ml.users.conseiller.token, {
        nom: `Famille${i}`,
        telephone: '06 55 44 33 22',
        consentSms: true,
      });
      ids.push(j.id);
    }
    // A foyer's number shared by 400 more jeunes (cloned rows): the STOP must not go one by one.
    await ctx.dataSource.query(
      `INSERT INTO jeunes SELECT (json_populate_record(NULL::jeunes,
         (to_jsonb(j) || jsonb_build_object('id', gen_random_uuid(), 'id_externe', NULL))::json)).*
       FROM jeunes j, generate_series(1, 400) WHERE j.id = $1`,
      [ids[0]],
    );
    const started = performance.now();
    await ctx
      .http()
      .post(`/webhooks/sms/dev?jeton=${WEBHOOK_TOKEN}`)
      .send({ from: '+33655443322', text: 'STOP' })
      .expect(200);
    const ms = performance.now() - started;
    const [row] = await ctx.dataSource.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE consent_sms)::int AS encore
       FROM jeunes WHERE telephone = '+33655443322'`,
    );
    expect(row).toEqual({ n: 405, encore: 0 });
    const [hist] = await ctx.dataSource.query(
      `SELECT count(*)::int AS n FROM jeune_consentements
       WHERE source = 'sms_stop' AND jeune_id IN (SELECT id FROM jeunes WHERE telephone = '+33655443322')`,
    );
    expect(hist.n).toBe(405);
    const contact = await ctx.api.get(JeunesService).getContact(ids[3]);
    expect(contact?.consentSms).toBe(false);
    console.log(JSON.stringify({ stopJeunes: 405, stopMs: Math.round(ms) }));
  });
});

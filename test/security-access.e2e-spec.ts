import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { entrepriseBody, SIRET } from './support/entreprises';
import { createJeune } from './support/jeunes-fixtures';
import { notify } from './support/messaging';
import { createTestContext, TestContext } from './support/test-context';

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
      template: 'mer_candidat',
      data: {
        offre: 'Vendeur',
        candidat: 'Lina B.',
        details: '',
        lien: 'http://ml.test/x',
        relance: '0',
      },
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
});

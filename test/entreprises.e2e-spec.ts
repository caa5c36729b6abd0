import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { createEntreprise, entrepriseBody, SIRET } from './support/entreprises';
import { createTestContext, TestContext } from './support/test-context';

describe('Entreprises : saisie, contrôles et droits', () => {
  let ctx: TestContext;
  let a: SeededStructure;
  let b: SeededStructure;

  beforeAll(async () => {
    ctx = await createTestContext();
    a = await seedStructure(ctx, 'ml-ent-a');
    b = await seedStructure(ctx, 'ml-ent-b');
  });
  afterAll(() => ctx.close());

  const post = (token: string, body: Record<string, unknown>) =>
    ctx.http().post('/entreprises').set(bearer(token)).send(body);

  it('a CRE creates an entreprise: SIRET without spaces, phone in E.164, notes kept', async () => {
    const created = await createEntreprise(ctx, a.users.cre.token, {
      siret: '732 829 320 00074',
      notes: 'Recrute surtout en septembre.',
      lat: 50.6292,
      lon: 3.0573,
      contacts: [
        {
          prenom: 'Camille',
          nom: 'Durand',
          fonction: 'Gérante',
          email: ' Camille@Boulangerie.TEST ',
          telephone: '06 12 34 56 78',
          principal: true,
        },
        { nom: 'Service RH', telephone: '03 20 12 34 56' },
      ],
    });
    expect(created).toMatchObject({
      structureId: a.id,
      siret: SIRET.valide,
      raisonSociale: 'Boulangerie Durand SARL',
      codeNaf: '10.71C',
      communeInsee: '59350',
      lat: 50.6292,
      lon: 3.0573,
      trancheEffectif: '1_9',
      trancheEffectifLibelle: '1 à 9 salariés',
      notes: 'Recrute surtout en septembre.',
      createdById: a.users.cre.id,
      membres: [],
    });
    expect(created.contacts).toEqual([
      expect.objectContaining({
        email: 'camille@boulangerie.test',
        telephone: '+33612345678',
        principal: true,
      }),
      expect.objectContaining({ nom: 'Service RH', telephone: '+33320123456', principal: false }),
    ]);
  });

  it('refuses a 13-digit SIRET and a bad checksum with 400 naming `siret`, in French', async () => {
    const short = await post(a.users.cre.token, entrepriseBody({ siret: '7328293200007' }));
    expect(short.status).toBe(400);
    expect(short.body).toMatchObject({
      code: 'VALIDATION',
      field: 'siret',
      detail: '« siret » Le SIRET doit comporter 14 chiffres.',
    });
    const checksum = await post(a.users.cre.token, entrepriseBody({ siret: '73282932000075' }));
    expect(checksum.status).toBe(400);
    expect(checksum.body).toMatchObject({
      field: 'siret',
      detail: "« siret » Le SIRET n'est pas valide (clé de contrôle incorrecte).",
    });
  });

  it("accepts a La Poste establishment's SIRET (digits adding up to a multiple of 5)", async () => {
    const created = await createEntreprise(ctx, a.users.cre.token, {
      siret: '356 000 000 49837',
      raisonSociale: 'La Poste - Bureau de Lille Gare',
      enseigne: null,
    });
    expect(created.siret).toBe(SIRET.laPoste);
  });

  it('refuses a second entreprise with the same SIRET in the structure (409, field siret)', async () => {
    const res = await post(a.users.admin.token, entrepriseBody({ siret: '73282932 000074' }));
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'SIRET_TAKEN', field: 'siret' });
    expect(res.body.detail).toContain('déjà enregistrée');
  });

  it('settles two simultaneous creations of one SIRET with one 201 and one 409', async () => {
    const body = entrepriseBody({ siret: '44306184100047', raisonSociale: 'Doublon SAS' });
    const results = await Promise.all([
      post(a.users.cre.token, body),
      post(a.users.cre.token, body),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const loser = results.find((r) => r.status === 409)!;
    expect(loser.body).toMatchObject({ code: 'SIRET_TAKEN', field: 'siret' });
    const winner = results.find((r) => r.status === 201)!;
    await ctx
      .http()
      .patch(`/entreprises/${winner.body.id}`)
      .set(bearer(a.users.admin.token))
      .send({ siret: SIRET.autre, raisonSociale: 'Glacier de Corse' })
      .expect(200);
  });

  it('allows the same SIRET in another structure, which keeps its own record', async () => {
    const other = await createEntreprise(ctx, b.users.cre.token, { notes: 'Notes de B' });
    expect(other.structureId).toBe(b.id);
    const list = await ctx.http().get('/entreprises').set(bearer(a.users.cre.token)).expect(200);
    expect(list.body.items.map((e: { id: string }) => e.id)).not.toContain(other.id);
  });

  it("answers 404 for another structure's entreprise, to read or to edit", async () => {
    const theirs = await createEntreprise(ctx, b.users.cre.token, { siret: SIRET.autre });
    await ctx.http().get(`/entreprises/${theirs.id}`).set(bearer(a.users.cre.token)).expect(404);
    await ctx
      .http()
      .patch(`/entreprises/${theirs.id}`)
      .set(bearer(a.users.admin.token))
      .send({ enseigne: 'Piratée' })
      .expect(404);
    await ctx.http().get('/entreprises/pas-un-uuid').set(bearer(a.users.cre.token)).expect(400);
  });

  it('names the field of an invalid contact phone (400, contacts[0].telephone)', async () => {
    const res = await post(
      a.users.cre.token,
      entrepriseBody({ siret: SIRET.autre, contacts: [{ nom: 'Durand', telephone: '06 12' }] }),
    );
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      field: 'contacts[0].telephone',
      detail: "« contacts[0].telephone » Le numéro de téléphone n'est pas valide.",
    });
  });

  it('refuses unknown fields and malformed codes, naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ chiffreAffaires: 12 }, 'chiffreAffaires'],
      [{ codeNaf: '1071C' }, 'codeNaf'],
      [{ communeInsee: '2C004' }, 'communeInsee'],
      [{ codePostal: '590' }, 'codePostal'],
      [{ trancheEffectif: '10_19' }, 'trancheEffectif'],
      [{ lat: 50.6 }, 'lon'],
      [{ contacts: [{ nom: 'X', admin: true }] }, 'contacts[0].admin'],
      [
        {
          contacts: [
            { nom: 'X', principal: true },
            { nom: 'Y', principal: true },
          ],
        },
        'contacts',
      ],
    ];
    for (const [overrides, field] of cases) {
      const res = await post(
        a.users.cre.token,
        entrepriseBody({ siret: '38012986646850', ...overrides }),
      );
      expect({ status: res.status, field: res.body.field }).toEqual({ status: 400, field });
    }
    const corse = await ctx
      .http()
      .get(`/entreprises?q=${SIRET.autre}`)
      .set(bearer(a.users.cre.token));
    const patched = await ctx
      .http()
      .patch(`/entreprises/${corse.body.items[0].id}`)
      .set(bearer(a.users.cre.token))
      .send({ communeInsee: '2a004', enseigne: 'Glaces Ajaccio' })
      .expect(200);
    expect(patched.body.communeInsee).toBe('2A004');
  });

  it('lists with a search on raison sociale, enseigne or SIRET, paginated', async () => {
    const get = (query: string) =>
      ctx.http().get(`/entreprises?${query}`).set(bearer(a.users.conseiller.token)).expect(200);
    const all = await get('');
    expect(all.body).toMatchObject({ total: 3, page: 1, limit: 20 });
    expect(all.body.items[0].notes).toBeUndefined();
    expect((await get('q=ajaccio')).body.items.map((e: any) => e.raisonSociale)).toEqual([
      'Glacier de Corse',
    ]);
    expect((await get('q=bon%20pain')).body.total).toBe(1);
    expect((await get('q=356%20000')).body.items[0].siret).toBe(SIRET.laPoste);
    expect((await get('q=100%25')).body.total).toBe(0);
    const page2 = await get('limit=2&page=2');
    expect(page2.body).toMatchObject({ total: 3, page: 2, limit: 2 });
    expect(page2.body.items).toHaveLength(1);
    const bad = await ctx
      .http()
      .get('/entreprises?limit=500')
      .set(bearer(a.users.cre.token))
      .expect(400);
    expect(bad.body.field).toBe('limit');
  });

  it('a conseiller reads (notes included) but neither creates nor edits', async () => {
    const list = await ctx.http().get('/entreprises?q=Durand').set(bearer(a.users.cre.token));
    const id = list.body.items[0].id;
    const res = await ctx
      .http()
      .get(`/entreprises/${id}`)
      .set(bearer(a.users.conseiller.token))
      .expect(200);
    expect(res.body.notes).toBe('Recrute surtout en septembre.');
    await post(a.users.conseiller.token, entrepriseBody({ siret: SIRET.autre })).expect(403);
    await ctx
      .http()
      .patch(`/entreprises/${id}`)
      .set(bearer(a.users.conseiller.token))
      .send({ notes: 'x' })
      .expect(403);
  });

  it('an employer without a validated link sees none of them, and may not create one', async () => {
    const list = await ctx.http().get('/entreprises').set(bearer(a.users.employeur.token));
    expect(list.body).toMatchObject({ items: [], total: 0 });
    const any = await ctx.http().get('/entreprises?q=Durand').set(bearer(a.users.cre.token));
    await ctx
      .http()
      .get(`/entreprises/${any.body.items[0].id}`)
      .set(bearer(a.users.employeur.token))
      .expect(404);
    await post(a.users.employeur.token, entrepriseBody({ siret: SIRET.autre })).expect(403);
  });

  it('a CRE edits: contacts keep their id, the principal moves, fields can be cleared', async () => {
    const list = await ctx.http().get('/entreprises?q=Durand').set(bearer(a.users.cre.token));
    const id = list.body.items[0].id;
    const before = await ctx.http().get(`/entreprises/${id}`).set(bearer(a.users.cre.token));
    const [camille, rh] = before.body.contacts;
    const res = await ctx
      .http()
      .patch(`/entreprises/${id}`)
      .set(bearer(a.users.cre.token))
      .send({
        enseigne: '',
        notes: 'Rappeler en juin.',
        contacts: [
          { id: rh.id, nom: 'Service RH', email: 'rh@boulangerie.test', principal: true },
          { nom: 'Nouveau', prenom: 'Léo' },
        ],
      })
      .expect(200);
    expect(res.body).toMatchObject({ enseigne: null, notes: 'Rappeler en juin.' });
    expect(res.body.contacts).toEqual([
      expect.objectContaining({ id: rh.id, principal: true, telephone: null }),
      expect.objectContaining({ nom: 'Nouveau', principal: false }),
    ]);
    expect(res.body.contacts.map((c: { id: string }) => c.id)).not.toContain(camille.id);
    const required = await ctx
      .http()
      .patch(`/entreprises/${id}`)
      .set(bearer(a.users.cre.token))
      .send({ raisonSociale: null })
      .expect(400);
    expect(required.body.field).toBe('raisonSociale');
    const duplicate = await ctx
      .http()
      .patch(`/entreprises/${id}`)
      .set(bearer(a.users.cre.token))
      .send({ siret: SIRET.laPoste })
      .expect(409);
    expect(duplicate.body.field).toBe('siret');
  });

  it('documents both views in the OpenAPI document; the employer one has no notes', async () => {
    const doc = await ctx.http().get('/docs-json').expect(200);
    const schemas = doc.body.components.schemas;
    expect(schemas.EntrepriseCreView.properties).toHaveProperty('notes');
    expect(schemas.EntrepriseEmployeurView.properties).not.toHaveProperty('notes');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/entreprises',
        '/entreprises/{id}',
        '/entreprises/rattachements',
        '/entreprises/{id}/membres/{userId}/valider',
        '/entreprises/{id}/invitations',
        '/portail/{structureCode}/inscription',
      ]),
    );
  });
});

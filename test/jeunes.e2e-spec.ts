import { DOMAIN_EVENT, FixedClock, OutboxEvent } from '@app/core';
import { ConsentSource, JeunesService } from '@app/jeunes';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { createJeune, jeuneBody } from './support/jeunes-fixtures';
import { createTestContext, TestContext } from './support/test-context';

// Tuesday 1 December 2026, 09:00 in Paris.
const clock = new FixedClock(new Date('2026-12-01T08:00:00Z'));

describe('Jeunes : profil, règles, droits, consentements, audit', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let other: SeededStructure;
  let conseiller: Record<string, string>;

  beforeAll(async () => {
    ctx = await createTestContext({ clock });
    ml = await seedStructure(ctx, 'ml-jeunes');
    other = await seedStructure(ctx, 'ml-voisine');
    conseiller = bearer(ml.users.conseiller.token);
  });
  afterAll(() => ctx.close());

  const later = () => clock.set(new Date(clock.now().getTime() + 60_000));
  const events = (jeuneId: string) =>
    ctx.dataSource
      .getRepository(OutboxEvent)
      .find({ where: { aggregateId: jeuneId }, order: { createdAt: 'ASC' } });

  it('registers a jeune: email lowercased, phone in E.164, commune centre, referent, jeune.modifie', async () => {
    const j = await createJeune(ctx, ml.users.conseiller.token);
    expect(j).toMatchObject({
      email: 'lina.benali@example.fr',
      telephone: '+33612345678',
      telephoneMobile: true,
      communeNom: 'Lille',
      departement: '59',
      conseillerId: ml.users.conseiller.id,
      statut: 'actif',
      age: 20,
      mineur: false,
      version: 1,
    });
    expect(j.lat).toBeCloseTo(50.63, 1);
    const stored = await ctx.dataSource.query(`SELECT * FROM jeunes WHERE id = $1`, [j.id]);
    expect(stored[0].telephone).toBe('+33612345678');
    expect(stored[0]).not.toHaveProperty('mineur');
    const [event] = await events(j.id);
    expect(event).toMatchObject({
      type: DOMAIN_EVENT.JEUNE_MODIFIE,
      payload: { jeuneId: j.id, version: 1 },
    });
  });

  it.each([
    ['2011-06-01', 15, 'au moins 16 ans'],
    ['2000-06-01', 26, 'au plus 25 ans'],
  ])(
    'refuses a birth date of %s (age %i) with 400 naming dateNaissance',
    async (date, _age, words) => {
      const res = await ctx
        .http()
        .post('/jeunes')
        .set(conseiller)
        .send(jeuneBody({ dateNaissance: date }))
        .expect(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION', field: 'dateNaissance' });
      expect(res.body.detail).toContain(words);
    },
  );

  it('accepts the bounds in Paris time: 16 today, 25 until the eve of the 26th birthday', async () => {
    const seize = await createJeune(ctx, ml.users.conseiller.token, {
      dateNaissance: '2010-12-01',
    });
    expect(seize).toMatchObject({ age: 16, mineur: true, trancheAge: '16-17' });
    const vingtCinq = await createJeune(ctx, ml.users.conseiller.token, {
      dateNaissance: '2000-12-02',
    });
    expect(vingtCinq.age).toBe(25);
  });

  it.each([
    [{ telephone: '0612' }, 'telephone', "n'est pas valide"],
    [{ fichesRome: [] }, 'fichesRome', 'au moins une fiche'],
    [
      { fichesRome: ['G1603', 'D1507', 'K2204', 'N1103', 'G1803', 'G1602'] },
      'fichesRome',
      'Au plus 5',
    ],
    [{ fichesRome: ['A9999'] }, 'fichesRome', "n'existe pas"],
    [{ communeInsee: '99999' }, 'communeInsee', 'inconnue'],
    [{ programme: 'aucun' }, 'programme', 'sans programme'],
    [{ email: 'pas-un-email' }, 'email', 'adresse e-mail'],
    [{ mineur: true }, 'mineur', "n'est pas un champ accepté"],
  ])('refuses %j with 400 naming %s', async (over, field, words) => {
    const res = await ctx.http().post('/jeunes').set(conseiller).send(jeuneBody(over)).expect(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION', field });
    expect(res.body.detail).toContain(words);
  });

  it('stores a landline but never marks it SMS-able; findIdsByMobile finds mobiles only', async () => {
    const fixe = await createJeune(ctx, ml.users.conseiller.token, {
      telephone: '03 20 12 34 56',
      idExterne: 'FIXE-1',
    });
    expect(fixe).toMatchObject({ telephone: '+33320123456', telephoneMobile: false });
    const service = ctx.api.get(JeunesService);
    expect((await service.getContact(fixe.id))?.mobile).toBe(false);
    expect(await service.findIdsByMobile('+33320123456')).toEqual([]);
    const mobile = await createJeune(ctx, ml.users.conseiller.token, {
      telephone: '07 81 23 45 67',
    });
    expect(await service.findIdsByMobile('+33781234567')).toEqual([mobile.id]);
  });

  it('records each consent change with when and how; the same value twice records nothing', async () => {
    const j = await createJeune(ctx, ml.users.conseiller.token, { consentSms: true });
    const put = (canal: string, donne: boolean) =>
      ctx.http().put(`/jeunes/${j.id}/consentements/${canal}`).set(conseiller).send({ donne });
    later(); // each change at its own time, as in real life
    expect((await put('email', true).expect(200)).body).toMatchObject({
      donne: true,
      changed: true,
      source: 'conseiller',
    });
    expect((await put('email', true).expect(200)).body.changed).toBe(false);
    await put('fax', true).expect(400);
    later();
    await ctx.api.get(JeunesService).setConsent(j.id, 'sms', false, ConsentSource.SMS_STOP);
    const contact = await ctx.api.get(JeunesService).getContact(j.id);
    expect(contact).toMatchObject({
      consentEmail: true,
      consentSms: false,
      mobile: true,
      anonymise: false,
    });
    const history = await ctx.http().get(`/jeunes/${j.id}/historique`).set(conseiller).expect(200);
    expect(
      history.body.consentements.map((c: any) => [c.canal, c.donne, c.source, c.byUserId]),
    ).toEqual([
      ['sms', true, 'conseiller', ml.users.conseiller.id],
      ['email', true, 'conseiller', ml.users.conseiller.id],
      ['sms', false, 'sms_stop', null],
    ]);
    expect(history.body.consentements[2].at).toBe(clock.now().toISOString());
  });

  it('hides a jeune from another structure (404) and from employers (403)', async () => {
    const j = await createJeune(ctx, ml.users.conseiller.token);
    const autre = bearer(other.users.conseiller.token);
    await ctx.http().get(`/jeunes/${j.id}`).set(autre).expect(404);
    await ctx.http().patch(`/jeunes/${j.id}`).set(autre).send({ notes: 'x' }).expect(404);
    await ctx.http().get(`/jeunes/${j.id}/export`).set(bearer(other.users.admin.token)).expect(404);
    const list = await ctx.http().get('/jeunes').set(autre).expect(200);
    expect(list.body.items.map((i: any) => i.id)).not.toContain(j.id);
    const employeur = bearer(ml.users.employeur.token);
    for (const path of ['/jeunes', `/jeunes/${j.id}`, '/jeunes/compteurs']) {
      const res = await ctx.http().get(path).set(employeur).expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
    }
    await ctx.http().post('/jeunes').set(employeur).send(jeuneBody()).expect(403);
  });

  it('lets the referent and admins edit; another conseiller and the CRE only read', async () => {
    const j = await createJeune(ctx, ml.users.admin.token, {
      conseillerId: ml.users.conseiller.id,
    });
    const autreConseiller = await createJeune(ctx, ml.users.admin.token, { conseillerId: null });
    await ctx
      .http()
      .patch(`/jeunes/${autreConseiller.id}`)
      .set(conseiller)
      .send({ notes: 'x' })
      .expect(403);
    await ctx.http().get(`/jeunes/${autreConseiller.id}`).set(conseiller).expect(200);
    await ctx
      .http()
      .patch(`/jeunes/${j.id}`)
      .set(bearer(ml.users.cre.token))
      .send({ notes: 'x' })
      .expect(403);
    await ctx
      .http()
      .patch(`/jeunes/${j.id}`)
      .set(conseiller)
      .send({ notes: 'Entretien le 3.' })
      .expect(200);
    await ctx
      .http()
      .patch(`/jeunes/${autreConseiller.id}`)
      .set(bearer(ml.users.admin.token))
      .send({ notes: 'x' })
      .expect(200);
    const cre = await ctx.http().get(`/jeunes/${j.id}`).set(bearer(ml.users.cre.token)).expect(200);
    expect(cre.body).toMatchObject({
      prenom: 'Lina',
      age: 20,
      communeNom: 'Lille',
      joignable: { email: false, sms: false },
    });
    for (const hidden of ['notes', 'email', 'telephone', 'adresse', 'dateNaissance', 'idExterne'])
      expect(cre.body).not.toHaveProperty(hidden);
  });

  it('bumps the version and emits jeune.modifie for matching changes only; audits field names, not values', async () => {
    const j = await createJeune(ctx, ml.users.conseiller.token);
    const patch = (body: Record<string, unknown>) =>
      ctx.http().patch(`/jeunes/${j.id}`).set(conseiller).send(body).expect(200);
    expect((await patch({ notes: 'Nouvelle note confidentielle' })).body.version).toBe(1);
    const moved = await patch({ communeInsee: '59512', fichesRome: ['K2204'] });
    expect(moved.body).toMatchObject({ version: 2, communeNom: 'Roubaix', fichesRome: ['K2204'] });
    expect((await events(j.id)).map((e) => e.payload)).toEqual([
      { jeuneId: j.id, version: 1 },
      { jeuneId: j.id, version: 2 },
    ]);
    const statut = await ctx
      .http()
      .post(`/jeunes/${j.id}/statut`)
      .set(conseiller)
      .send({ statut: 'en_emploi', motif: 'CDD chez Durand' })
      .expect(200);
    expect(statut.body).toMatchObject({ statut: 'en_emploi', version: 3 });
    const history = await ctx.http().get(`/jeunes/${j.id}/historique`).set(conseiller).expect(200);
    expect(
      history.body.statuts.map((s: any) => [s.fromStatut, s.toStatut, s.byRole, s.motif]),
    ).toEqual([
      [null, 'actif', 'conseiller', null],
      ['actif', 'en_emploi', 'conseiller', 'CDD chez Durand'],
    ]);
    await ctx.http().get(`/jeunes/${j.id}`).set(conseiller).expect(200);
    const audit = await ctx
      .http()
      .get(`/jeunes/${j.id}/audit`)
      .set(bearer(ml.users.admin.token))
      .expect(200);
    expect(audit.body.map((a: any) => [a.action, a.actorUserId])).toEqual([
      ['creation', ml.users.conseiller.id],
      ['modification', ml.users.conseiller.id],
      ['modification', ml.users.conseiller.id],
      ['statut', ml.users.conseiller.id],
      ['lecture', ml.users.conseiller.id],
    ]);
    expect(audit.body[1].champs).toEqual(['notes']);
    expect(audit.body[2].champs).toEqual(
      expect.arrayContaining(['communeInsee', 'fichesRome', 'lat']),
    );
    expect(JSON.stringify(audit.body)).not.toContain('confidentielle');
    await ctx.http().get(`/jeunes/${j.id}/audit`).set(conseiller).expect(403);
  });
});

describe('Jeunes : listes, filtres, compteurs', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ctx = await createTestContext({ clock: new FixedClock(new Date('2026-12-01T08:00:00Z')) });
    ml = await seedStructure(ctx, 'ml-listes');
    const admin = ml.users.admin.token;
    const add = async (key: string, over: Record<string, unknown>) =>
      (ids[key] = (await createJeune(ctx, admin, over)).id);
    await add('lina', { conseillerId: ml.users.conseiller.id });
    await add('theo', {
      nom: 'Martin',
      prenom: 'Théo',
      dateNaissance: '2009-03-10',
      communeInsee: '59512',
      fichesRome: ['K2204'],
      programme: 'PACEA',
      indisponibilites: [{ du: '2026-12-10', au: '2026-12-20' }],
    });
    await add('ines', {
      nom: 'Diallo',
      prenom: 'Inès',
      dateNaissance: '2002-01-05',
      communeInsee: '62041',
      fichesRome: ['N1103', 'G1803'],
      programme: 'aucun',
      programmeDebut: null,
      tempsPartielUniquement: true,
      disponibleLe: '2027-02-01',
    });
  });
  afterAll(() => ctx.close());

  const list = async (query: Record<string, string | number>) => {
    const res = await ctx
      .http()
      .get('/jeunes')
      .query(query)
      .set(bearer(ml.users.cre.token))
      .expect(200);
    return res.body.items.map((i: { id: string }) => i.id).sort();
  };
  const sorted = (...keys: string[]) => keys.map((k) => ids[k]).sort();

  it('filters by status, conseiller, programme, fiche or domaine, place and radius, age band, availability', async () => {
    expect(await list({})).toEqual(sorted('lina', 'theo', 'ines'));
    expect(await list({ conseillerId: ml.users.conseiller.id })).toEqual(sorted('lina'));
    expect(await list({ programme: 'PACEA' })).toEqual(sorted('theo'));
    expect(await list({ rome: 'G1803' })).toEqual(sorted('ines'));
    expect(await list({ rome: 'G' })).toEqual(sorted('lina', 'ines'));
    expect(await list({ communeInsee: '59350' })).toEqual(sorted('lina'));
    expect(await list({ communeInsee: '59350', rayonKm: 20 })).toEqual(sorted('lina', 'theo'));
    expect(await list({ trancheAge: '16-17' })).toEqual(sorted('theo'));
    expect(await list({ trancheAge: '22-25' })).toEqual(sorted('ines'));
    expect(await list({ disponibleLe: '2026-12-15' })).toEqual(sorted('lina'));
    expect(await list({ disponibleLe: '2027-03-01', tempsPlein: 'true' })).toEqual(
      sorted('lina', 'theo'),
    );
    expect(await list({ q: 'dial' })).toEqual(sorted('ines'));
    expect(await list({ statut: 'sorti' })).toEqual([]);
  });

  it('paginates with a total, and shows no contact detail in the list', async () => {
    const res = await ctx
      .http()
      .get('/jeunes')
      .query({ parPage: 2, page: 2, tri: 'nom' })
      .set(bearer(ml.users.conseiller.token))
      .expect(200);
    expect(res.body).toMatchObject({ total: 3, page: 2, parPage: 2 });
    expect(res.body.items.map((i: any) => i.nom)).toEqual(['Martin']);
    expect(res.body.items[0]).not.toHaveProperty('telephone');
    expect(res.body.items[0]).toMatchObject({ age: 17, mineur: true });
    const bad = await ctx
      .http()
      .get('/jeunes')
      .query({ trancheAge: '30-40' })
      .set(bearer(ml.users.cre.token))
      .expect(400);
    expect(bad.body.field).toBe('trancheAge');
  });

  it('counts per status, programme, age band, conseiller and domaine under the same filters', async () => {
    const res = await ctx
      .http()
      .get('/jeunes/compteurs')
      .set(bearer(ml.users.admin.token))
      .expect(200);
    expect(res.body).toEqual({
      total: 3,
      parStatut: { actif: 3, en_emploi: 0, en_formation: 0, sorti: 0 },
      parProgramme: { CEJ: 1, PACEA: 1, PPAE: 0, aucun: 1 },
      parTrancheAge: { '16-17': 1, '18-21': 1, '22-25': 1, '26+': 0 },
      parConseiller: { [ml.users.conseiller.id]: 1, aucun: 2 },
      parDomaine: { D: 1, G: 2, K: 1, N: 1 },
    });
    const filtered = await ctx
      .http()
      .get('/jeunes/compteurs')
      .query({ rome: 'G' })
      .set(bearer(ml.users.admin.token))
      .expect(200);
    expect(filtered.body).toMatchObject({ total: 2, parProgramme: { CEJ: 1, aucun: 1, PACEA: 0 } });
  });
});

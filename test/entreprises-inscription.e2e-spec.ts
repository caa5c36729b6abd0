import { AuthUser, Role } from '@app/core';
import { EntreprisesService } from '@app/entreprises';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { entrepriseBody, SIRET, signUpEmployer } from './support/entreprises';
import { createTestContext, TestContext } from './support/test-context';

describe("Inscription d'un employeur depuis le portail et validation par un CRE", () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let other: SeededStructure;
  let service: EntreprisesService;

  beforeAll(async () => {
    ctx = await createTestContext();
    ml = await seedStructure(ctx, 'ml-portail');
    other = await seedStructure(ctx, 'ml-voisine');
    service = ctx.api.get(EntreprisesService);
  });
  afterAll(() => ctx.close());

  const cre = () => bearer(ml.users.cre.token);
  const pending = async () =>
    (await ctx.http().get('/entreprises/rattachements?statut=en_attente').set(cre()).expect(200))
      .body;
  const asUser = (id: string, role: Role, structureId = ml.id): AuthUser => ({
    id,
    role,
    structureId,
    email: 'x@test',
  });

  it('sign-up → pending (employer sees nothing) → validated by a CRE → employer sees it, without notes', async () => {
    const patron = await signUpEmployer(
      ctx,
      'ml-portail',
      'Patron@Garage.test',
      { siret: '732 829 320 00074', raisonSociale: 'Garage du Centre' },
      { telephone: '06 12 34 56 78' },
    );
    expect(patron.userId).toEqual(expect.any(String));

    const nothing = await ctx.http().get('/entreprises').set(bearer(patron.token)).expect(200);
    expect(nothing.body.items).toEqual([]);
    const [request] = await pending();
    expect(request).toMatchObject({
      userId: patron.userId,
      email: 'patron@garage.test',
      statut: 'en_attente',
      telephone: '+33612345678',
      entreprise: { siret: SIRET.valide, raisonSociale: 'Garage du Centre' },
    });
    const id = request.entreprise.id;
    await ctx.http().get(`/entreprises/${id}`).set(bearer(patron.token)).expect(404);
    await expect(service.getForUser(id, asUser(patron.userId, Role.EMPLOYEUR))).rejects.toEqual(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(await service.accessibleEntrepriseIds(asUser(patron.userId, Role.EMPLOYEUR))).toEqual(
      [],
    );

    await ctx.http().patch(`/entreprises/${id}`).set(cre()).send({ notes: 'Secret' }).expect(200);
    const validated = await ctx
      .http()
      .post(`/entreprises/${id}/membres/${patron.userId}/valider`)
      .set(cre())
      .expect(200);
    expect(validated.body).toMatchObject({ statut: 'validee', decidedById: ml.users.cre.id });
    expect(validated.body.decidedAt).toEqual(expect.any(String));
    expect(await pending()).toEqual([]);

    const mine = await ctx.http().get('/entreprises').set(bearer(patron.token)).expect(200);
    expect(mine.body.items.map((e: { id: string }) => e.id)).toEqual([id]);
    const seen = await ctx.http().get(`/entreprises/${id}`).set(bearer(patron.token)).expect(200);
    expect(seen.body).toMatchObject({ raisonSociale: 'Garage du Centre' });
    expect(seen.body).not.toHaveProperty('notes');
    expect(seen.body).not.toHaveProperty('createdById');
    expect(seen.body.membres).toEqual([
      expect.objectContaining({ email: 'patron@garage.test', statut: 'validee' }),
    ]);
    expect(await service.accessibleEntrepriseIds(asUser(patron.userId, Role.EMPLOYEUR))).toEqual([
      id,
    ]);
    expect(await service.accessibleEntrepriseIds(asUser(ml.users.cre.id, Role.CRE))).toBeNull();
    expect((await service.getForUser(id, asUser(patron.userId, Role.EMPLOYEUR))).id).toBe(id);

    // The employer edits its own entreprise, but not the CRE's notes nor the SIRET.
    const edited = await ctx
      .http()
      .patch(`/entreprises/${id}`)
      .set(bearer(patron.token))
      .send({ enseigne: 'Garage Centre Auto', contacts: [{ nom: 'Atelier', principal: true }] })
      .expect(200);
    expect(edited.body).toMatchObject({ enseigne: 'Garage Centre Auto' });
    expect(edited.body).not.toHaveProperty('notes');
    for (const body of [{ notes: 'Mes notes' }, { siret: SIRET.autre }]) {
      const res = await ctx
        .http()
        .patch(`/entreprises/${id}`)
        .set(bearer(patron.token))
        .send(body)
        .expect(403);
      expect(res.body.field).toBe(Object.keys(body)[0]);
    }
  });

  it('a second sign-up with a known SIRET links to the existing entreprise; refused, it sees nothing', async () => {
    const intrus = await signUpEmployer(ctx, 'ml-portail', 'intrus@garage.test', {
      siret: SIRET.valide,
      raisonSociale: 'Nom inventé',
    });
    const list = await ctx.http().get('/entreprises').set(cre()).expect(200);
    expect(list.body.total).toBe(1);
    expect(list.body.items[0].raisonSociale).toBe('Garage du Centre');
    const [request] = await pending();
    expect(request).toMatchObject({ userId: intrus.userId, entreprise: { siret: SIRET.valide } });

    await ctx
      .http()
      .post(`/entreprises/${request.entreprise.id}/membres/${intrus.userId}/refuser`)
      .set(cre())
      .expect(200);
    const refused = await ctx.http().get('/entreprises/rattachements?statut=refusee').set(cre());
    expect(refused.body.map((r: { userId: string }) => r.userId)).toEqual([intrus.userId]);
    const nothing = await ctx.http().get('/entreprises').set(bearer(intrus.token)).expect(200);
    expect(nothing.body.items).toEqual([]);
    await ctx
      .http()
      .get(`/entreprises/${request.entreprise.id}`)
      .set(bearer(intrus.token))
      .expect(404);
    const detail = await ctx.http().get(`/entreprises/${request.entreprise.id}`).set(cre());
    expect(detail.body.membres.map((m: { statut: string }) => m.statut).sort()).toEqual([
      'refusee',
      'validee',
    ]);
  });

  it('employerEmails: validated accounts and the principal contact, deduplicated', async () => {
    const [entreprise] = (await ctx.http().get('/entreprises').set(cre())).body.items;
    await ctx
      .http()
      .patch(`/entreprises/${entreprise.id}`)
      .set(cre())
      .send({
        contacts: [
          { nom: 'Patron', email: 'PATRON@garage.test', principal: true },
          { nom: 'Compta', email: 'compta@garage.test' },
        ],
      })
      .expect(200);
    expect(await service.employerEmails(entreprise.id)).toEqual(['patron@garage.test']);
    await ctx
      .http()
      .patch(`/entreprises/${entreprise.id}`)
      .set(cre())
      .send({ contacts: [{ nom: 'Accueil', email: 'accueil@garage.test', principal: true }] })
      .expect(200);
    expect(await service.employerEmails(entreprise.id)).toEqual([
      'patron@garage.test',
      'accueil@garage.test',
    ]);
    expect((await service.getById(entreprise.id))?.siret).toBe(SIRET.valide);
    expect(await service.getById('pas-un-uuid')).toBeNull();
  });

  it('two sign-ups for the same new SIRET at once make one entreprise with two pending links', async () => {
    await Promise.all([
      signUpEmployer(ctx, 'ml-portail', 'a@traiteur.test', { siret: SIRET.laPoste }),
      signUpEmployer(ctx, 'ml-portail', 'b@traiteur.test', { siret: SIRET.laPoste }),
    ]);
    const list = await ctx.http().get(`/entreprises?q=${SIRET.laPoste}`).set(cre());
    expect(list.body.total).toBe(1);
    expect((await pending()).map((r: { email: string }) => r.email).sort()).toEqual([
      'a@traiteur.test',
      'b@traiteur.test',
    ]);
  });

  it('answers a taken email like a new one (no enumeration), creates nothing, and tells the owner by email', async () => {
    const res = await ctx
      .http()
      .post('/portail/ml-portail/inscription')
      .send({
        email: 'patron@garage.test',
        password: 'un-mot-de-passe-solide',
        prenom: 'A',
        nom: 'B',
        entreprise: entrepriseBody({ siret: SIRET.autre }),
      })
      .expect(201);
    expect(Object.keys(res.body).sort()).toEqual(['email', 'message', 'statut', 'userId']);
    expect(res.body.userId).toMatch(/^[0-9a-f-]{36}$/);
    const mail = await ctx.smtp.waitForMail(
      (m) => m.to.includes('patron@garage.test') && m.subject.includes('déjà un compte'),
    );
    expect(mail.text).toContain('Vous avez déjà un compte');
    const list = await ctx.http().get(`/entreprises?q=${SIRET.autre}`).set(cre());
    expect(list.body.total).toBe(0);
  });

  it('validates the form, naming the fields (nested ones too), and answers 404 for an unknown Mission Locale', async () => {
    const send = (code: string, personne: Record<string, unknown>, entreprise = {}) =>
      ctx
        .http()
        .post(`/portail/${code}/inscription`)
        .send({
          email: 'n@n.test',
          password: 'un-mot-de-passe-solide',
          prenom: 'A',
          nom: 'B',
          ...personne,
          entreprise: entrepriseBody({ siret: SIRET.autre, ...entreprise }),
        });
    const cases: [Record<string, unknown>, Record<string, unknown>, string][] = [
      [{ password: 'trop-court' }, {}, 'password'],
      [{ telephone: '12' }, {}, 'telephone'],
      [{ role: 'admin' }, {}, 'role'],
      [{}, { siret: '7328293200007' }, 'entreprise.siret'],
      [{}, { notes: 'pas pour vous' }, 'entreprise.notes'],
    ];
    for (const [personne, entreprise, field] of cases) {
      const res = await send('ml-portail', personne, entreprise);
      expect({ status: res.status, field: res.body.field }).toEqual({ status: 400, field });
    }
    const short = await send('ml-portail', { password: 'court' });
    expect(short.body.detail).toContain('au moins 12 caractères');
    const missing = await ctx.http().post('/portail/ml-portail/inscription').send({}).expect(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['email', 'password', 'prenom', 'nom', 'entreprise']),
    );
    await send('ml-inconnue', {}).expect(404);
  });

  it('only the CRE and admin of the structure decide on links', async () => {
    const someone = await signUpEmployer(ctx, 'ml-portail', 'c@traiteur.test', {
      siret: SIRET.autre,
    });
    const [request] = (await pending()).filter((r: any) => r.userId === someone.userId);
    const path = `/entreprises/${request.entreprise.id}/membres/${someone.userId}/valider`;
    await ctx.http().post(path).set(bearer(ml.users.conseiller.token)).expect(403);
    await ctx.http().post(path).set(bearer(someone.token)).expect(403);
    await ctx.http().post(path).set(bearer(other.users.cre.token)).expect(404);
    // No link, no decision: an account is not attached by validating it.
    await ctx
      .http()
      .post(`/entreprises/${request.entreprise.id}/membres/${ml.users.employeur.id}/valider`)
      .set(cre())
      .expect(404);
    await ctx
      .http()
      .get('/entreprises/rattachements')
      .set(bearer(other.users.cre.token))
      .expect(200)
      .expect((res) => expect(res.body).toEqual([]));
    await ctx.http().post(path).set(bearer(ml.users.admin.token)).expect(200);
    // A sign-up in the other structure for the same SIRET makes that structure's own record.
    await signUpEmployer(ctx, 'ml-voisine', 'd@traiteur.test', { siret: SIRET.autre });
    const theirs = await ctx.http().get('/entreprises').set(bearer(other.users.cre.token));
    expect(theirs.body.total).toBe(1);
  });
});

import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { createEntreprise, SIRET } from './support/entreprises';
import { extractLink } from './support/smtp-sink';
import { createTestContext, TEST_PUBLIC_URL, TestContext } from './support/test-context';

describe("Invitation d'un employeur pour une entreprise, de bout en bout", () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let other: SeededStructure;
  let entreprise: Record<string, any>;

  beforeAll(async () => {
    ctx = await createTestContext({ worker: true });
    ml = await seedStructure(ctx, 'ml-invit-ent');
    other = await seedStructure(ctx, 'ml-invit-autre');
    entreprise = await createEntreprise(ctx, ml.users.cre.token, { notes: 'Notes internes' });
  });
  afterAll(() => ctx.close());

  const invite = (token: string, id: string, body: Record<string, unknown>) =>
    ctx.http().post(`/entreprises/${id}/invitations`).set(bearer(token)).send(body);

  it('the invited employer, once the link is used, sees the entreprise at once (validated link)', async () => {
    const created = await invite(ml.users.cre.token, entreprise.id, {
      email: ' Gerante@Boulangerie.test ',
      prenom: 'Léa',
      nom: 'Boulanger',
    }).expect(201);
    expect(created.body).toMatchObject({
      entrepriseId: entreprise.id,
      email: 'gerante@boulangerie.test',
      status: 'en_attente',
    });

    const mail = await ctx.smtp.waitForMail((m) => m.to.includes('gerante@boulangerie.test'));
    expect(mail.text).toContain('compte employeur');
    const token = extractLink(mail.text, `${TEST_PUBLIC_URL}/compte/activer/`).split('/').pop();
    const session = await ctx
      .http()
      .post(`/invitations/accepter/${token}`)
      .send({ password: 'pains-au-chocolat' })
      .expect(201);
    expect(session.body.user).toMatchObject({ role: 'employeur', structureId: ml.id });

    const employer = bearer(session.body.accessToken);
    const list = await ctx.http().get('/entreprises').set(employer).expect(200);
    expect(list.body.items.map((e: { id: string }) => e.id)).toEqual([entreprise.id]);
    const seen = await ctx.http().get(`/entreprises/${entreprise.id}`).set(employer).expect(200);
    expect(seen.body).not.toHaveProperty('notes');

    // The CRE who invited is recorded as having validated the link.
    const detail = await ctx
      .http()
      .get(`/entreprises/${entreprise.id}`)
      .set(bearer(ml.users.cre.token))
      .expect(200);
    expect(detail.body.membres).toEqual([
      expect.objectContaining({
        userId: session.body.user.id,
        statut: 'validee',
        decidedAt: expect.any(String),
      }),
    ]);
    const links = await ctx
      .http()
      .get('/entreprises/rattachements?statut=validee')
      .set(bearer(ml.users.cre.token));
    expect(links.body[0]).toMatchObject({ decidedById: ml.users.cre.id });
  });

  it('a plain invitation (no entreprise) attaches the account to nothing', async () => {
    await ctx
      .http()
      .post('/invitations')
      .set(bearer(ml.users.cre.token))
      .send({ email: 'seul@artisan.test', role: 'employeur', prenom: 'Jo', nom: 'Seul' })
      .expect(201);
    const mail = await ctx.smtp.waitForMail((m) => m.to.includes('seul@artisan.test'));
    const token = extractLink(mail.text, `${TEST_PUBLIC_URL}/compte/activer/`).split('/').pop();
    const session = await ctx
      .http()
      .post(`/invitations/accepter/${token}`)
      .send({ password: 'rabot-et-varlope' })
      .expect(201);
    const list = await ctx
      .http()
      .get('/entreprises')
      .set(bearer(session.body.accessToken))
      .expect(200);
    expect(list.body.total).toBe(0);
  });

  it("refuses to invite for another structure's entreprise (404), as a conseiller (403), with a role (400)", async () => {
    const theirs = await createEntreprise(ctx, other.users.cre.token, { siret: SIRET.autre });
    const person = { email: 'x@y.test', prenom: 'X', nom: 'Y' };
    await invite(ml.users.cre.token, theirs.id, person).expect(404);
    await invite(ml.users.conseiller.token, entreprise.id, person).expect(403);
    const res = await invite(ml.users.cre.token, entreprise.id, { ...person, role: 'admin' });
    expect(res.status).toBe(400);
    expect(res.body.field).toBe('role');
    const taken = await invite(ml.users.cre.token, entreprise.id, {
      ...person,
      email: ml.users.conseiller.email,
    }).expect(409);
    expect(taken.body).toMatchObject({ code: 'EMAIL_TAKEN', field: 'email' });
  });
});

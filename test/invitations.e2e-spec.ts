import { SignedLinksService } from '@app/messaging';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { extractLink } from './support/smtp-sink';
import { createTestContext, TEST_PUBLIC_URL, TestContext } from './support/test-context';
import { waitFor } from './support/wait-for';

describe("Invitation d'un employeur, de bout en bout", () => {
  let ctx: TestContext;
  let ml: SeededStructure;

  beforeAll(async () => {
    ctx = await createTestContext({ worker: true });
    ml = await seedStructure(ctx, 'ml-invit');
  });
  afterAll(() => ctx.close());

  it('a CRE invites an employer: the email arrives, the link sets the password once, login works', async () => {
    const created = await ctx
      .http()
      .post('/invitations')
      .set(bearer(ml.users.cre.token))
      .send({
        email: ' Patronne@Boulangerie.test ',
        role: 'employeur',
        prenom: 'Léa',
        nom: 'Boulanger',
      })
      .expect(201);
    expect(created.body).toMatchObject({
      email: 'patronne@boulangerie.test',
      status: 'en_attente',
    });

    const mail = await ctx.smtp.waitForMail((m) => m.to.includes('patronne@boulangerie.test'));
    expect(mail.subject).toBe('Mission Locale ml-invit vous invite à créer votre compte');
    expect(mail.text).toContain('Bonjour Léa');
    const link = extractLink(mail.text, `${TEST_PUBLIC_URL}/compte/activer/`);
    expect(mail.html).toContain(link);

    // The email is a messages row: its delivery state shows on the invitation.
    const sent = await waitFor(
      async () => {
        const list = await ctx
          .http()
          .get('/invitations')
          .set(bearer(ml.users.cre.token))
          .expect(200);
        return list.body[0].envoi?.statut === 'envoye' && list.body[0];
      },
      { what: 'message envoye' },
    );
    expect(sent).toMatchObject({ status: 'en_attente', envoi: { tentatives: 1 } });
    const message = await ctx
      .http()
      .get(`/messages/${sent.envoi.messageId}`)
      .set(bearer(ml.users.cre.token))
      .expect(200);
    expect(message.body).toMatchObject({ template: 'invitation_compte', canal: 'email' });

    // The page behind the link (server-rendered, French).
    const path = new URL(link).pathname;
    const page = await ctx.http().get(path).expect(200);
    expect(page.text).toContain('Créer votre compte');
    expect(page.text).toContain('patronne@boulangerie.test');

    // Too short a password: the form says why, nothing is created.
    const short = await ctx
      .http()
      .post(path)
      .type('form')
      .send({ password: 'court', confirmation: 'court' })
      .expect(400);
    expect(short.text).toContain('au moins 12 caractères');

    const done = await ctx
      .http()
      .post(path)
      .type('form')
      .send({ password: 'croissants-du-matin', confirmation: 'croissants-du-matin' })
      .expect(201);
    expect(done.text).toContain('Votre compte est créé');

    const login = await ctx
      .http()
      .post('/auth/login')
      .send({ email: 'patronne@boulangerie.test', password: 'croissants-du-matin' })
      .expect(200);
    expect(login.body.user).toMatchObject({ role: 'employeur', structureId: ml.id, prenom: 'Léa' });

    // Single use: the link is refused the second time, by the page and by the API.
    const again = await ctx.http().get(path).expect(410);
    expect(again.text).toContain('déjà été utilisé');
    const token = path.split('/').pop();
    const api = await ctx
      .http()
      .post(`/invitations/accepter/${token}`)
      .send({ password: 'un-autre-mot-de-passe' })
      .expect(410);
    expect(api.body.code).toBe('INVITATION_INVALID');
  });

  it('accepts through the JSON API and returns a session', async () => {
    await ctx
      .http()
      .post('/invitations')
      .set(bearer(ml.users.cre.token))
      .send({ email: 'rh@garage.test', role: 'employeur', prenom: 'Paul', nom: 'Mécano' })
      .expect(201);
    const mail = await ctx.smtp.waitForMail((m) => m.to.includes('rh@garage.test'));
    const token = extractLink(mail.text, `${TEST_PUBLIC_URL}/compte/activer/`).split('/').pop();
    const tooShort = await ctx
      .http()
      .post(`/invitations/accepter/${token}`)
      .send({ password: 'court' })
      .expect(400);
    expect(tooShort.body).toMatchObject({ code: 'VALIDATION', field: 'password' });
    expect(tooShort.body.detail).toContain('au moins 12 caractères');
    const res = await ctx
      .http()
      .post(`/invitations/accepter/${token}`)
      .send({ password: 'vidange-et-pneus' })
      .expect(201);
    expect(res.body.user.email).toBe('rh@garage.test');
    await ctx.http().get('/auth/me').set(bearer(res.body.accessToken)).expect(200);
  });

  it('a resent invitation invalidates the old link', async () => {
    const created = await ctx
      .http()
      .post('/invitations')
      .set(bearer(ml.users.cre.token))
      .send({ email: 'deux-fois@traiteur.test', role: 'employeur', prenom: 'Ana', nom: 'Traiteur' })
      .expect(201);
    const first = await ctx.smtp.waitForMail((m) => m.to.includes('deux-fois@traiteur.test'));
    await waitFor(async () => {
      const list = await ctx.http().get('/invitations').set(bearer(ml.users.cre.token));
      return list.body.find(
        (i: { id: string; envoi: { statut: string } | null }) =>
          i.id === created.body.id && i.envoi?.statut === 'envoye',
      );
    });
    await ctx
      .http()
      .post(`/invitations/${created.body.id}/renvoyer`)
      .set(bearer(ml.users.cre.token))
      .expect(200);
    const second = await ctx.smtp.waitForMail(
      (m) => m.to.includes('deux-fois@traiteur.test') && m !== first,
    );
    const oldPath = new URL(extractLink(first.text, `${TEST_PUBLIC_URL}/compte/activer/`)).pathname;
    const newPath = new URL(extractLink(second.text, `${TEST_PUBLIC_URL}/compte/activer/`))
      .pathname;
    expect(newPath).not.toBe(oldPath);
    await ctx.http().get(oldPath).expect(410);
    await ctx.http().get(newPath).expect(200);
  });

  it('refuses an invitation for an email that already has an account (409, field email)', async () => {
    const res = await ctx
      .http()
      .post('/invitations')
      .set(bearer(ml.users.cre.token))
      .send({ email: ml.users.conseiller.email, role: 'employeur', prenom: 'X', nom: 'Y' })
      .expect(409);
    expect(res.body).toMatchObject({ code: 'EMAIL_TAKEN', field: 'email' });
  });

  it('a CRE may invite employers only; an admin may invite staff', async () => {
    const res = await ctx
      .http()
      .post('/invitations')
      .set(bearer(ml.users.cre.token))
      .send({ email: 'collegue@ml.test', role: 'admin', prenom: 'X', nom: 'Y' })
      .expect(403);
    expect(res.body.field).toBe('role');
    await ctx
      .http()
      .post('/invitations')
      .set(bearer(ml.users.admin.token))
      .send({ email: 'nouvelle-cre@ml.test', role: 'cre', prenom: 'Zoé', nom: 'Relations' })
      .expect(201);
  });

  it('a refused email is a failed message, visible on the invitation, and an admin re-sends it', async () => {
    // The refusal must hit this email, not one still on its way from an earlier test.
    await waitFor(
      async () =>
        (
          await ctx.dataSource.query(
            `SELECT 1 FROM messages WHERE statut IN ('en_attente', 'en_cours')`,
          )
        ).length === 0,
      { what: 'earlier emails sent' },
    );
    ctx.smtp.refuseNext(1, 550, 'Boîte aux lettres inconnue');
    const created = await ctx
      .http()
      .post('/invitations')
      .set(bearer(ml.users.cre.token))
      .send({ email: 'refus@smtp.test', role: 'employeur', prenom: 'Rémi', nom: 'Refus' })
      .expect(201);
    const failed = await waitFor(async () => {
      const list = await ctx.http().get('/invitations').set(bearer(ml.users.cre.token));
      const row = list.body.find((i: { id: string }) => i.id === created.body.id);
      return row?.envoi?.statut === 'echec' && row;
    });
    expect(failed.envoi).toMatchObject({ tentatives: 1 });
    expect(failed.envoi.derniereErreur).toContain('550');
    // The admins' list of failed messages shows it, and their re-send delivers it.
    const echecs = await ctx
      .http()
      .get('/messages?statut=echec')
      .set(bearer(ml.users.admin.token))
      .expect(200);
    expect(JSON.stringify(echecs.body)).toContain(failed.envoi.messageId);
    await ctx
      .http()
      .post(`/messages/${failed.envoi.messageId}/renvoyer`)
      .set(bearer(ml.users.admin.token))
      .expect(200);
    const mail = await ctx.smtp.waitForMail((m) => m.to.includes('refus@smtp.test'));
    const path = new URL(extractLink(mail.text, `${TEST_PUBLIC_URL}/compte/activer/`)).pathname;
    await ctx.http().get(path).expect(200);
  });

  it('the link is a messaging signed link (one scheme): another purpose or a forged one is refused', async () => {
    const links = ctx.api.get(SignedLinksService);
    await ctx
      .http()
      .post('/invitations')
      .set(bearer(ml.users.cre.token))
      .send({ email: 'schema@liens.test', role: 'employeur', prenom: 'Lise', nom: 'Lien' })
      .expect(201);
    const mail = await ctx.smtp.waitForMail((m) => m.to.includes('schema@liens.test'));
    const token = extractLink(mail.text, `${TEST_PUBLIC_URL}/compte/activer/`).split('/').pop()!;
    expect(links.check(token, 'compte.activer')).toMatchObject({
      link: { purpose: 'compte.activer', singleUse: true },
    });
    // Only the hash of the token is stored.
    const [row] = await ctx.dataSource.query(
      `SELECT token_hash FROM invitations WHERE email = 'schema@liens.test'`,
    );
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.token_hash).not.toContain(token);
    // A valid signed link made for something else does not open the page.
    const other = links.sign({ purpose: 'preferences', subject: 'x', ttlSeconds: 600 });
    await ctx.http().get(`/compte/activer/${other}`).expect(410);
    const [body, signature] = token.split('.');
    await ctx
      .http()
      .get(`/compte/activer/${body}.${signature.slice(1)}A`)
      .expect(410);
  });

  it('an unknown token gets a French page, not an error dump', async () => {
    const res = await ctx.http().get('/compte/activer/inconnu').expect(410);
    expect(res.text).toContain("Ce lien d'invitation n'est pas valide");
  });
});

import { FixedClock } from '@app/core';
import { MessageStatut, NotificationsService, SignedLinksService } from '@app/messaging';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import {
  jeuneJoignable,
  message,
  notify,
  propositionData,
  waitForStatut,
} from './support/messaging';
import { extractLink } from './support/smtp-sink';
import { createTestContext, TEST_PUBLIC_URL, TestContext } from './support/test-context';

// Tuesday 1 December 2026, 10:00 in Paris: inside SMS hours.
const clock = new FixedClock(new Date('2026-12-01T09:00:00Z'));

describe('Messagerie : e-mails réels (SMTP), SMS de développement, liens, préférences, historique', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let links: SignedLinksService;
  let n = 0;

  beforeAll(async () => {
    ctx = await createTestContext({ worker: true, clock });
    ml = await seedStructure(ctx, 'ml-messages');
    links = ctx.api.get(SignedLinksService);
  });
  afterAll(() => ctx.close());

  const jeune = () => {
    n += 1;
    return jeuneJoignable(ctx, ml.users.conseiller.token, {
      email: `lina${n}@example.fr`,
      telephone: `06 12 34 56 ${String(10 + n)}`,
    });
  };
  const lienReponse = (jeuneId: string) =>
    links.url(
      'propositions/repondre',
      links.sign({
        purpose: 'proposition.repondre',
        subject: `jeune:${jeuneId}`,
        ttlSeconds: 86400,
        singleUse: true,
      }),
    );
  /** The MER proposal's data, its three links being the same answer page here. */
  const merProposition = (lien: string) => ({
    ...propositionData(lien),
    resume: 'CDI, 35 h par semaine',
    lienOui: lien,
    lienNon: lien,
    repondreAvant: '2026-12-08T12:00:00Z',
  });
  const proposer = (jeuneId: string, event: string, data = merProposition(lienReponse(jeuneId))) =>
    notify(ctx, {
      event,
      structureId: ml.id,
      destinataire: { jeuneId },
      template: 'mer_proposition',
      data,
    });
  const byCanal = async (ids: string[]) => {
    const rows = await Promise.all(ids.map((id) => message(ctx, id)));
    return {
      email: rows.find((r) => r.canal === 'email')!,
      sms: rows.find((r) => r.canal === 'sms')!,
    };
  };

  it('sends the email (HTML + text, List-Unsubscribe, preferences link) and the SMS (one segment, short link)', async () => {
    const j = await jeune();
    const data = merProposition(lienReponse(j.id));
    const ids = await proposer(j.id, `mer.proposee:${j.id}`, data);
    expect(ids).toHaveLength(2);
    const { email, sms } = await byCanal(ids);

    const mail = await ctx.smtp.waitForMail((m) => m.to.includes(j.email));
    expect(mail.subject).toBe('Une offre pour vous : Employé(e) polyvalent(e) de restauration');
    expect(mail.text).toContain('Bonjour Lina,');
    expect(mail.text).toContain(`Ça m’intéresse : ${data.lienOui}`);
    expect(mail.html).toContain('Boulangerie Dupont');
    expect(mail.html).toContain('Gérer mes préférences de contact');
    expect(mail.html).toContain('@media'); // MJML's responsive rules
    // mailparser reads List-* headers into one structure.
    const list = mail.headers.get('list') as any;
    expect(list['unsubscribe-post'].name).toBe('List-Unsubscribe=One-Click');
    expect(list.unsubscribe.url).toMatch(new RegExp(`^${TEST_PUBLIC_URL}/desabonnement/[^>]+$`));
    expect(String(mail.headers.get('message-id'))).toContain(email.id);

    const row = await waitForStatut(ctx, email.id, MessageStatut.ENVOYE);
    expect(row).toMatchObject({ provider: 'smtp', adresse: j.email, attempts: 1, lastError: null });

    // The preferences link works without login and shows the jeune's choices.
    const prefs = new URL(extractLink(mail.text, `${TEST_PUBLIC_URL}/preferences/`)).pathname;
    const page = await ctx.http().get(prefs).expect(200);
    expect(page.text).toContain('Mes préférences de contact');
    expect(page.text).toContain('Bonjour Lina');
    expect(page.text).toMatch(/id="sms" name="sms" value="oui" checked/);

    // SMS through the dev provider: one GSM-7 segment, the answer link shortened through /l/.
    const sent = await waitForStatut(ctx, sms.id, MessageStatut.ENVOYE);
    expect(sent).toMatchObject({
      provider: 'dev',
      adresse: j.telephone,
      segments: 1,
      encoding: 'GSM-7',
    });
    expect(sent.body).toMatch(
      /^Lina, la Mission Locale vous propose : .* Répondez ici : http:\/\/ml\.test\/l\/[0-9A-Za-z]{8}$/,
    );
    const code = sent.body!.match(/\/l\/(\w+)$/)![1];
    const redirect = await ctx.http().get(`/l/${code}`).expect(302);
    expect(redirect.headers.location).toBe(data.lienReponse);
    await ctx.http().get('/l/inconnu1').expect(404);
    const inbox = await ctx.http().get('/dev/sms').expect(200);
    expect(inbox.text).toContain(`/l/${code}`);
  });

  it('a transaction that rolls back sends nothing', async () => {
    const j = await jeune();
    const service = ctx.api.get(NotificationsService);
    await expect(
      ctx.dataSource.transaction(async (m) => {
        await service.notify(m, {
          event: `annule:${j.id}`,
          structureId: ml.id,
          destinataire: { email: 'jamais@example.fr' },
          template: 'mer_candidat',
          data: {
            offre: 'Vendeur',
            candidat: 'Lina B.',
            details: '',
            lien: `${TEST_PUBLIC_URL}/x`,
            relance: '0',
          },
        });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    // A later committed request goes through the same relay: once it arrived, the first never will.
    await notify(ctx, {
      event: `apres:${j.id}`,
      structureId: ml.id,
      destinataire: { email: 'apres@example.fr' },
      template: 'mer_candidat',
      data: {
        offre: 'Vendeur',
        candidat: 'Lina B.',
        details: '',
        lien: `${TEST_PUBLIC_URL}/x`,
        relance: '0',
      },
    });
    await ctx.smtp.waitForMail((m) => m.to.includes('apres@example.fr'));
    expect(ctx.smtp.mails.some((m) => m.to.includes('jamais@example.fr'))).toBe(false);
    const [{ count }] = await ctx.dataSource.query(
      `SELECT count(*)::int AS count FROM messages WHERE event = $1`,
      [`annule:${j.id}`],
    );
    expect(count).toBe(0);
  });

  it('the same event delivered twice is one message per channel; identical content within 24 h is not sent again', async () => {
    const j = await jeune();
    const data = merProposition(lienReponse(j.id));
    const first = await proposer(j.id, `mer.proposee:idem:${j.id}`, data);
    const again = await proposer(j.id, `mer.proposee:idem:${j.id}`, data);
    expect(again.sort()).toEqual(first.sort());
    const { email } = await byCanal(first);
    await waitForStatut(ctx, email.id, MessageStatut.ENVOYE);

    // Another event, same content (the links aside): the cooldown stops it.
    const other = await proposer(
      j.id,
      `mer.relance-doublon:${j.id}`,
      merProposition(lienReponse(j.id)),
    );
    const dup = await byCanal(other);
    const suppressed = await waitForStatut(ctx, dup.email.id, MessageStatut.SUPPRIME);
    expect(suppressed.lastError).toContain('moins de 24 h');
    expect(ctx.smtp.mails.filter((m) => m.to.includes(j.email))).toHaveLength(1);
  });

  it('a refused email (SMTP 550) fails at once, is listed for admins with its error, and can be sent again', async () => {
    ctx.smtp.refuseNext(1, 550, 'Boîte aux lettres inconnue');
    const [id] = await notify(ctx, {
      event: 'candidat:550',
      structureId: ml.id,
      destinataire: { email: 'Refus@Entreprise.fr', nom: 'Mme Refus' },
      template: 'mer_candidat',
      data: {
        offre: 'Serveur',
        candidat: 'Yanis K.',
        details: '',
        lien: `${TEST_PUBLIC_URL}/offres/1`,
        relance: '0',
      },
    });
    const failed = await waitForStatut(ctx, id, MessageStatut.ECHEC);
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toContain('550');

    const list = await ctx
      .http()
      .get('/messages?statut=echec')
      .set(bearer(ml.users.admin.token))
      .expect(200);
    expect(list.body.items.map((m: { id: string }) => m.id)).toContain(id);
    expect(list.body.items.find((m: { id: string }) => m.id === id).derniereErreur).toContain(
      '550',
    );
    await ctx
      .http()
      .get('/messages?statut=echec')
      .set(bearer(ml.users.employeur.token))
      .expect(403);

    const resent = await ctx
      .http()
      .post(`/messages/${id}/renvoyer`)
      .set(bearer(ml.users.admin.token))
      .expect(200);
    expect(resent.body.statut).toBe('en_attente');
    await ctx.smtp.waitForMail((m) => m.to.includes('refus@entreprise.fr'));
    const ok = await waitForStatut(ctx, id, MessageStatut.ENVOYE);
    expect(ok.attempts).toBe(2);
    const again = await ctx
      .http()
      .post(`/messages/${id}/renvoyer`)
      .set(bearer(ml.users.admin.token))
      .expect(409);
    expect(again.body.code).toBe('MESSAGE_NON_RENVOYABLE');
  });

  it('one-click unsubscribe (RFC 8058) withdraws email consent: the next email is `supprime`', async () => {
    const j = await jeune();
    const [first] = await notify(ctx, {
      event: `entretien:${j.id}`,
      structureId: ml.id,
      destinataire: { jeuneId: j.id },
      template: 'entretien_planifie',
      data: {
        prenom: 'Lina',
        offre: 'Vendeuse',
        entreprise: 'Fleurs & Co',
        date: '2026-12-03T13:30:00Z',
        adresse: '2 place du Marché, Lille',
      },
      canaux: ['email'],
    });
    const mail = await ctx.smtp.waitForMail((m) => m.to.includes(j.email));
    expect(mail.subject).toBe('Entretien le jeudi 3 décembre à 14 h 30 : Vendeuse');
    await waitForStatut(ctx, first, MessageStatut.ENVOYE);
    const url = new URL((mail.headers.get('list') as any).unsubscribe.url);
    await ctx.http().post(url.pathname).type('form').send('List-Unsubscribe=One-Click').expect(200);
    const fiche = await ctx
      .http()
      .get(`/jeunes/${j.id}`)
      .set(bearer(ml.users.conseiller.token))
      .expect(200);
    expect(fiche.body.consentements.email.donne).toBe(false);
    expect(fiche.body.consentements.email.source).toBe('lien_jeune');

    const [next] = await notify(ctx, {
      event: `relance:${j.id}`,
      structureId: ml.id,
      destinataire: { jeuneId: j.id },
      template: 'relance_proposition',
      data: { prenom: 'Lina', offre: 'Vendeuse', lienReponse: lienReponse(j.id) },
      canaux: ['email'],
    });
    const row = await waitForStatut(ctx, next, MessageStatut.SUPPRIME);
    expect(row.lastError).toBe('Pas de consentement aux e-mails');
  });

  it('the preferences form changes consent once; a replayed form is refused', async () => {
    const j = await jeune();
    const token = links.sign({
      purpose: 'preferences',
      subject: `jeune:${j.id}`,
      ttlSeconds: 3600,
    });
    const page = await ctx.http().get(`/preferences/${token}`).expect(200);
    const jeton = page.text.match(/name="jeton" value="([^"]+)"/)![1];
    const saved = await ctx
      .http()
      .post(`/preferences/${token}`)
      .type('form')
      .send({ jeton, email: 'oui' })
      .expect(200);
    expect(saved.text).toContain('Vos préférences sont enregistrées');
    const fiche = await ctx
      .http()
      .get(`/jeunes/${j.id}`)
      .set(bearer(ml.users.conseiller.token))
      .expect(200);
    expect(fiche.body.consentements.sms).toMatchObject({ donne: false, source: 'lien_jeune' });
    expect(fiche.body.consentements.email.donne).toBe(true);
    const replay = await ctx
      .http()
      .post(`/preferences/${token}`)
      .type('form')
      .send({ jeton, sms: 'oui' })
      .expect(410);
    expect(replay.text).toContain('déjà été utilisé');
  });

  it('signed links: bound to a purpose, tamper-proof, expiring, single-use when they change state', async () => {
    const token = links.sign({
      purpose: 'proposition.repondre',
      subject: 'jeune:x',
      resource: 'mer-1',
      ttlSeconds: 60,
      singleUse: true,
    });
    expect(links.verify(token, 'proposition.repondre')).toMatchObject({
      subject: 'jeune:x',
      resource: 'mer-1',
      singleUse: true,
    });
    expect(links.check(token, 'preferences')).toEqual({ problem: 'invalide' });
    const [body, sig] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), s: 'jeune:y' }),
    ).toString('base64url');
    expect(links.check(`${forged}.${sig}`, 'proposition.repondre')).toEqual({
      problem: 'invalide',
    });
    await ctx.dataSource.transaction((m) => links.consume(token, 'proposition.repondre', m));
    await expect(links.consume(token, 'proposition.repondre')).rejects.toMatchObject({
      code: 'LIEN_INVALIDE',
    });
    // A rolled-back use does not count.
    const other = links.sign({ purpose: 'p', subject: 's', ttlSeconds: 60, singleUse: true });
    await ctx.dataSource
      .transaction(async (m) => {
        await links.consume(other, 'p', m);
        throw new Error('annulé');
      })
      .catch(() => undefined);
    await expect(links.consume(other, 'p')).resolves.toMatchObject({ subject: 's' });
    // Expiry follows the injected clock.
    const brief = links.sign({ purpose: 'p', subject: 's', ttlSeconds: 60 });
    clock.set(new Date(clock.now().getTime() + 61_000));
    expect(links.check(brief, 'p')).toEqual({ problem: 'expire' });
    await ctx.http().get(`/preferences/${brief}`).expect(410);
  });

  it("every message to a jeune is on the jeune's timeline; the year's contacts are counted", async () => {
    const j = await jeune();
    const ids = await proposer(j.id, `mer.proposee:timeline:${j.id}`);
    await Promise.all(ids.map((id) => waitForStatut(ctx, id, MessageStatut.ENVOYE)));
    const timeline = await ctx
      .http()
      .get(`/jeunes/${j.id}/messages`)
      .set(bearer(ml.users.conseiller.token))
      .expect(200);
    expect(timeline.body.map((m: { canal: string }) => m.canal).sort()).toEqual(['email', 'sms']);
    expect(timeline.body.find((m: { canal: string }) => m.canal === 'sms').texte).toContain('Lina');
    const stats = await ctx
      .http()
      .get('/messages/statistiques?annee=2026')
      .set(bearer(ml.users.cre.token))
      .expect(200);
    expect(stats.body.email.messages).toBeGreaterThanOrEqual(1);
    expect(stats.body.sms.jeunes).toBeGreaterThanOrEqual(1);
    const other = await seedStructure(ctx, 'ml-autre-messages');
    await ctx
      .http()
      .get(`/jeunes/${j.id}/messages`)
      .set(bearer(other.users.conseiller.token))
      .expect(404);
  });
});

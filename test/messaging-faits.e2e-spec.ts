import { DOMAIN_EVENT, FixedClock } from '@app/core';
import { MessageStatut } from '@app/messaging';
import { BrevoStandIn } from './support/brevo-stand-in';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import {
  jeuneJoignable,
  message,
  notify,
  notifyContacts,
  waitForStatut,
} from './support/messaging';
import { createTestContext, TestContext } from './support/test-context';
import { waitFor } from './support/wait-for';

const clock = new FixedClock(new Date('2026-12-01T09:00:00Z')); // Tuesday, 10:00 in Paris
const WEBHOOK_TOKEN = 'jeton-webhook-faits-0123456789';
const ANNEE = { du: '2026-01-01', au: '2026-12-31' };

describe("Messagerie → rapport annuel : chaque statut d'un message est un fait, compté une fois", () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let brevo: BrevoStandIn;

  beforeAll(async () => {
    brevo = await new BrevoStandIn().start();
    ctx = await createTestContext({
      worker: true,
      clock,
      env: {
        SMS_PROVIDER: 'brevo',
        BREVO_API_URL: brevo.url,
        BREVO_API_KEY: brevo.key,
        MESSAGING_WEBHOOK_TOKEN: WEBHOOK_TOKEN,
        // Low enough to see: 5 at once, then one every 200 ms.
        MESSAGING_SMS_RATE_PER_S: '5',
      },
    });
    ml = await seedStructure(ctx, 'ml-faits-messages');
  });
  afterAll(async () => {
    await ctx.close();
    await brevo.stop();
  });

  const rapport = async () =>
    (
      await ctx
        .http()
        .get('/pilotage/rapport')
        .query(ANNEE)
        .set(bearer(ml.users.cre.token))
        .expect(200)
    ).body;
  const figures = (r: any) => {
    const ligne = (code: string, cle: string) =>
      r.indicateurs.find((i: any) => i.code === code).lignes.find((l: any) => l.cle === cle)
        ?.valeur ?? 0;
    return {
      envoyesEmail: ligne('messages_envoyes', 'email'),
      envoyesSms: ligne('messages_envoyes', 'sms'),
      delivresSms: ligne('messages_delivres', 'sms'),
      echecsEmail: ligne('messages_echecs', 'email'),
      echecsSms: ligne('messages_echecs', 'sms'),
    };
  };
  const entretien = (jeuneId: string, event: string) =>
    notify(ctx, {
      event,
      structureId: ml.id,
      destinataire: { jeuneId },
      template: 'entretien_planifie',
      data: {
        prenom: 'Lina',
        offre: 'Vendeuse',
        entreprise: 'Fleurs & Co',
        date: '2026-12-03T13:30:00Z',
        adresse: '2 place du Marché, Lille',
      },
    });
  const byCanal = async (ids: string[]) => {
    const rows = await Promise.all(ids.map((id) => message(ctx, id)));
    return {
      email: rows.find((r) => r.canal === 'email')!,
      sms: rows.find((r) => r.canal === 'sms')!,
    };
  };
  const post = (path: string, body: object) =>
    ctx.http().post(`${path}?jeton=${WEBHOOK_TOKEN}`).send(body).expect(200);

  it('sent, delivered, bounced and refused messages reach the report; replayed webhooks count once', async () => {
    const lina = await jeuneJoignable(ctx, ml.users.conseiller.token, {
      email: 'lina.faits@example.fr',
      telephone: '07 81 23 45 90',
    });
    const ids = await entretien(lina.id, `entretien:faits:${lina.id}`);
    const { email, sms } = await byCanal(ids);
    const envoyeSms = await waitForStatut(ctx, sms.id, MessageStatut.ENVOYE);
    const envoyeEmail = await waitForStatut(ctx, email.id, MessageStatut.ENVOYE);

    // The operator confirms the SMS, the mailbox bounces the email: each report arrives twice.
    const delivered = {
      id: 1,
      to: lina.telephone.replace('+', ''),
      messageId: Number(envoyeSms.providerId),
      msg_status: 'delivered',
    };
    const bounce = {
      event: 'hard_bounce',
      email: lina.email,
      'message-id': `<${envoyeEmail.providerId}>`,
      reason: 'mailbox does not exist',
    };
    for (let i = 0; i < 2; i++) {
      await post('/webhooks/sms/brevo', delivered);
      await post('/webhooks/email/brevo', bounce);
    }
    expect((await message(ctx, sms.id)).statut).toBe(MessageStatut.DELIVRE);
    expect((await message(ctx, email.id)).statut).toBe(MessageStatut.ECHEC);

    // A second jeune whose number the operator refuses: `echec` at the first call.
    const noe = await jeuneJoignable(ctx, ml.users.conseiller.token, {
      email: 'noe.faits@example.fr',
      telephone: '07 81 23 45 91',
    });
    brevo.answerNext(1, 400, { code: 'invalid_parameter', message: 'Invalid phone number' });
    const refused = await byCanal(await entretien(noe.id, `entretien:faits:${noe.id}`));
    await waitForStatut(ctx, refused.sms.id, MessageStatut.ECHEC);
    await waitForStatut(ctx, refused.email.id, MessageStatut.ENVOYE);

    const expected = {
      envoyesEmail: 2,
      envoyesSms: 1,
      delivresSms: 1,
      echecsEmail: 1,
      echecsSms: 1,
    };
    await waitFor(
      async () => JSON.stringify(figures(await rapport())) === JSON.stringify(expected),
      { timeoutMs: 30000, what: 'the report counts the messages' },
    );
    const r = await rapport();
    expect(figures(r)).toEqual(expected);
    const contactes = r.indicateurs.find((i: any) => i.code === 'jeunes_contactes');
    expect(contactes.valeur).toBe(2);

    // One event per status reached, dated when it happened: the replays recorded nothing.
    const events: { statut: string; canal: string; round: number; at: string }[] =
      await ctx.dataSource.query(
        `SELECT payload->>'statut' AS statut, payload->>'canal' AS canal,
           (payload->>'round')::int AS round, payload->>'at' AS at
         FROM outbox_events WHERE type = $1 AND aggregate_id = ANY($2) ORDER BY 2, 1`,
        [DOMAIN_EVENT.MESSAGE_STATUT, [...ids, refused.sms.id, refused.email.id]],
      );
    expect(events.map((e) => `${e.canal}:${e.statut}:${e.round}`).sort()).toEqual([
      'email:echec:1',
      'email:envoye:1',
      'email:envoye:1',
      'sms:delivre:1',
      'sms:echec:1',
      'sms:envoye:1',
    ]);
    expect(new Set(events.map((e) => e.at))).toEqual(new Set([clock.now().toISOString()]));
  });

  it("the worker keeps to the SMS provider's rate (MESSAGING_SMS_RATE_PER_S): 15 SMS over 2 s, each sent once", async () => {
    const { sms } = await notifyContacts(ctx, ml.id, 'debit', 15, ['sms']);
    await waitFor(
      async () => {
        const [{ n }] = await ctx.dataSource.query(
          `SELECT count(*)::int AS n FROM messages WHERE id = ANY($1) AND statut = 'envoye'`,
          [sms],
        );
        return n === sms.length;
      },
      { timeoutMs: 30000, what: '15 SMS sent' },
    );
    // Calls start after the token (sending_at, database time): 5 at once, then 10 at 5 per second.
    const [{ span }] = await ctx.dataSource.query(
      `SELECT extract(epoch FROM max(sending_at) - min(sending_at)) * 1000 AS span
       FROM messages WHERE id = ANY($1)`,
      [sms],
    );
    expect(Number(span)).toBeGreaterThanOrEqual(1500);
    const tags = brevo.requests.map((r) => r.body.tag).filter((t) => sms.includes(t!));
    expect(tags.sort()).toEqual([...sms].sort());
  });
});

import { FixedClock, JOB_ATTEMPTS, QUEUE } from '@app/core';
import { MessageStatut } from '@app/messaging';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import getJoursFeries from '@socialgouv/jours-feries';
import { BrevoStandIn } from './support/brevo-stand-in';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { jeuneJoignable, message, notify, waitForStatut } from './support/messaging';
import { createTestContext, TEST_PUBLIC_URL, TestContext } from './support/test-context';
import { waitForJob } from './support/jobs';
import { waitFor } from './support/wait-for';

const clock = new FixedClock(new Date('2026-12-01T09:00:00Z')); // Tuesday, 10:00 in Paris
const WEBHOOK_TOKEN = 'jeton-webhook-de-test-0123456789';

describe('SMS : Brevo (stand-in local), reprises, heures calmes, STOP, accusés de réception', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let brevo: BrevoStandIn;
  let n = 0;

  beforeAll(async () => {
    brevo = await new BrevoStandIn().start();
    ctx = await createTestContext({
      worker: true,
      clock,
      env: {
        SMS_PROVIDER: 'brevo',
        BREVO_API_URL: brevo.url,
        BREVO_API_KEY: brevo.key,
        SMS_SENDER: 'MLValDeLys',
        MESSAGING_WEBHOOK_TOKEN: WEBHOOK_TOKEN,
        QUEUE_BACKOFF_MS: '100',
      },
    });
    ml = await seedStructure(ctx, 'ml-sms');
  });
  afterAll(async () => {
    await ctx.close();
    await brevo.stop();
  });

  const jeune = () => {
    n += 1;
    return jeuneJoignable(ctx, ml.users.conseiller.token, {
      email: `sms${n}@example.fr`,
      telephone: `07 81 23 45 ${String(10 + n)}`,
    });
  };
  const entretien = (jeuneId: string, event: string, canaux?: ('email' | 'sms')[]) =>
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
      canaux,
    });
  const sms = async (ids: string[]) =>
    (await Promise.all(ids.map((id) => message(ctx, id)))).find((m) => m.canal === 'sms')!;
  const email = async (ids: string[]) =>
    (await Promise.all(ids.map((id) => message(ctx, id)))).find((m) => m.canal === 'email')!;

  it("sends in Brevo's request shape; 503 then 201 → sent once after a retry", async () => {
    const j = await jeune();
    const recipient = j.telephone.replace('+', '');
    brevo.answerNext(1, 503, { code: 'service_unavailable', message: 'Try later' });
    const [id] = await entretien(j.id, `entretien:503:${j.id}`, ['sms']);
    const row = await waitForStatut(ctx, id, MessageStatut.ENVOYE);
    const calls = brevo.sentTo(recipient);
    expect(calls).toHaveLength(2);
    expect(calls[1].apiKey).toBe(brevo.key);
    expect(calls[1].body).toMatchObject({
      sender: 'MLValDeLys',
      recipient,
      type: 'transactional',
      tag: id,
      unicodeEnabled: false,
      webUrl: `${TEST_PUBLIC_URL}/webhooks/sms/brevo?jeton=${WEBHOOK_TOKEN}`,
    });
    expect(calls[1].body.content).toBe(row.body);
    expect(row.body).toBe(
      'Lina, entretien Vendeuse chez Fleurs & Co le 03/12 à 14h30, 2 place du Marché, Lille. Un imprévu ? Prévenez la Mission Locale.',
    );
    expect(row).toMatchObject({
      attempts: 2,
      provider: 'brevo',
      segments: 1,
      encoding: 'GSM-7',
      lastError: null,
    });
    expect(row.providerId).toMatch(/^\d+$/);

    // Brevo's delivery report on the webhook moves it to `delivre`; a wrong token is refused.
    const report = {
      id: 1,
      to: recipient,
      messageId: Number(row.providerId),
      msg_status: 'delivered',
      reference: 'r',
    };
    await ctx
      .http()
      .post('/webhooks/sms/brevo?jeton=mauvais-jeton-de-test-0123456789')
      .send(report)
      .expect(401);
    await ctx.http().post(`/webhooks/sms/brevo?jeton=${WEBHOOK_TOKEN}`).send(report).expect(200);
    expect((await message(ctx, id)).statut).toBe(MessageStatut.DELIVRE);
  });

  it('400 (invalid number) → `echec` at once, no retry', async () => {
    const j = await jeune();
    brevo.answerNext(1, 400, { code: 'invalid_parameter', message: 'Invalid phone number' });
    const [id] = await entretien(j.id, `entretien:400:${j.id}`, ['sms']);
    const row = await waitForStatut(ctx, id, MessageStatut.ECHEC);
    expect(row.lastError).toBe('Brevo 400 invalid_parameter : Invalid phone number');
    expect(row.attempts).toBe(1);
    // BullMQ marks the job failed just after the handler recorded the failure on the row.
    const queue = ctx.api.get<Queue>(getQueueToken(QUEUE.SMS));
    const job = await waitForJob(queue, () => queue.getJob(`${id}.1`), 'failed');
    expect(job.attemptsMade).toBeLessThan(JOB_ATTEMPTS);
    expect(brevo.sentTo(j.telephone.replace('+', ''))).toHaveLength(1);
  });

  it('quiet hours: requested Saturday 21:30 before Easter Monday, sent Tuesday 08:00 (delayed job)', async () => {
    const lundi = getJoursFeries(2030)['Lundi de Pâques'];
    expect([lundi.getMonth() + 1, lundi.getDate(), lundi.getDay()]).toEqual([4, 22, 1]);
    const j = await jeune();
    const recipient = j.telephone.replace('+', '');
    clock.set(new Date('2030-04-20T19:30:00Z')); // Saturday 20 April 2030, 21:30 in Paris
    try {
      const ids = await entretien(j.id, `entretien:paques:${j.id}`);
      const deferred = await waitForStatut(ctx, (await sms(ids)).id, MessageStatut.DIFFERE);
      const tuesday8 = new Date('2030-04-23T06:00:00Z'); // 08:00 in Paris (summer time)
      expect(deferred.notBefore).toEqual(tuesday8);
      // The email is not bound by SMS hours.
      await waitForStatut(ctx, (await email(ids)).id, MessageStatut.ENVOYE);

      const queue = ctx.api.get<Queue>(getQueueToken(QUEUE.SMS));
      const delayed = await waitFor(async () =>
        (await queue.getDelayed()).find((job) => job.data.messageId === deferred.id),
      );
      expect(delayed.opts.delay).toBe(tuesday8.getTime() - clock.now().getTime()); // 58 h 30
      expect(brevo.sentTo(recipient)).toHaveLength(0);

      // Time passes (the injected clock), then the delayed job comes due.
      clock.set(tuesday8);
      await delayed.promote();
      const sent = await waitForStatut(ctx, deferred.id, MessageStatut.ENVOYE);
      expect(sent.sentAt).toEqual(tuesday8);
      expect(brevo.sentTo(recipient)).toHaveLength(1);
    } finally {
      clock.set(new Date('2026-12-01T09:00:00Z'));
    }
  });

  it('a STOP reply withdraws SMS consent: the next SMS is `supprime`, the email still goes', async () => {
    const j = await jeune();
    const recipient = j.telephone.replace('+', '');
    const first = await entretien(j.id, `entretien:avant-stop:${j.id}`, ['sms']);
    await waitForStatut(ctx, first[0], MessageStatut.ENVOYE);

    await ctx
      .http()
      .post(`/webhooks/sms/brevo?jeton=${WEBHOOK_TOKEN}`)
      .send({ to: recipient, msg_status: 'replied', reply: 'Stop', messageId: 1 })
      .expect(200);
    const fiche = await ctx
      .http()
      .get(`/jeunes/${j.id}`)
      .set(bearer(ml.users.conseiller.token))
      .expect(200);
    expect(fiche.body.consentements.sms).toMatchObject({ donne: false, source: 'sms_stop' });

    const ids = await notify(ctx, {
      event: `relance:apres-stop:${j.id}`,
      structureId: ml.id,
      destinataire: { jeuneId: j.id },
      template: 'relance_proposition',
      data: { prenom: 'Lina', offre: 'Vendeuse', lienReponse: `${TEST_PUBLIC_URL}/propositions/x` },
    });
    const suppressed = await waitForStatut(ctx, (await sms(ids)).id, MessageStatut.SUPPRIME);
    expect(suppressed.lastError).toBe('Pas de consentement aux SMS');
    await waitForStatut(ctx, (await email(ids)).id, MessageStatut.ENVOYE);
    await ctx.smtp.waitForMail((m) => m.to.includes(j.email) && m.subject.startsWith('Rappel'));
    expect(brevo.sentTo(recipient)).toHaveLength(1);
  });
});

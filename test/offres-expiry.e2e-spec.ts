import { FixedClock, JOB, QUEUE } from '@app/core';
import { SignedLinksService } from '@app/messaging';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { Employeur, entrepriseWithEmployer } from './support/offres-fixtures';
import { extractLink } from './support/smtp-sink';
import { createTestContext, TEST_PUBLIC_URL, TestContext } from './support/test-context';
import { waitFor } from './support/wait-for';

const clock = new FixedClock(new Date('2026-12-01T08:00:00Z'));

describe("Expiration des offres : rappel à J-7, expiration à 60 jours, prolongation d'un clic", () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let emp: Employeur;
  let maintenance: Queue;

  beforeAll(async () => {
    ctx = await createTestContext({ worker: true, clock });
    ml = await seedStructure(ctx, 'ml-expiry');
    emp = await entrepriseWithEmployer(ctx, ml);
    maintenance = ctx.api.get<Queue>(getQueueToken(QUEUE.MAINTENANCE));
  });
  afterAll(() => ctx.close());

  /** Runs the scheduled sweep now (the scheduler would at the next hour) and waits for it. */
  const sweep = async (): Promise<{ rappels: number; expirees: number }> => {
    const job = await maintenance.add(JOB.SWEEP_OFFRES_EXPIRY, {});
    await waitFor(async () => (await job.getState()) === 'completed', { what: 'the sweep' });
    return (await maintenance.getJob(job.id!))!.returnvalue;
  };
  const publish = async (titre: string, codeRome: string) => {
    const res = await ctx
      .http()
      .post('/offres')
      .set(bearer(ml.users.cre.token))
      .send({
        entrepriseId: emp.entrepriseId,
        titre,
        codeRome,
        description: 'Une offre qui va vieillir sans mise à jour.',
        typeContrat: 'CDI',
        heuresHebdo: 35,
        dateDebut: new Date(clock.now().getTime() + 7 * 86_400_000).toISOString().slice(0, 10),
        etat: 'publiee',
      })
      .expect(201);
    return res.body.id as string;
  };
  const statut = async (id: string) =>
    (await ctx.http().get(`/offres/${id}`).set(bearer(ml.users.cre.token))).body.statut;

  it('reminds the employer 7 days before, once; expires at 60 days; the system is logged', async () => {
    const id = await publish('Agent(e) de propreté', 'K2204');
    clock.advanceDays(52);
    expect(await sweep()).toEqual({ rappels: 0, expirees: 0 });

    clock.advanceDays(2); // day 54: inside the last week
    expect((await sweep()).rappels).toBe(1);
    const mail = await ctx.smtp.waitForMail((m) => m.subject.includes('Agent(e) de propreté'));
    expect(mail.to).toContain(emp.email);
    expect(mail.subject).toBe('Votre offre « Agent(e) de propreté » expire le 30 janvier 2027');
    expect(mail.text).toContain('Prolongez-la en un clic');
    // Through messaging: a messages row with its status, and a signed link of the one scheme.
    // The SMTP server has the email a moment before the worker writes `envoye`.
    const message = await waitFor(async () => {
      const [m] = await ctx.dataSource.query(
        `SELECT template, statut, attempts FROM messages WHERE adresse = $1 AND template = 'offre_expiration'`,
        [emp.email.toLowerCase()],
      );
      return m?.statut === 'envoye' && m;
    });
    expect(message).toEqual({ template: 'offre_expiration', statut: 'envoye', attempts: 1 });
    const lien = extractLink(mail.text, `${TEST_PUBLIC_URL}/prolonger-offre/`).split('/').pop()!;
    expect(ctx.api.get(SignedLinksService).check(lien, 'offre.prolonger')).toMatchObject({
      link: { resource: id },
    });
    expect(await sweep()).toEqual({ rappels: 0, expirees: 0 }); // not twice

    clock.advanceDays(7); // day 61
    expect(await sweep()).toEqual({ rappels: 0, expirees: 1 });
    expect(await statut(id)).toBe('expiree');
    const log = await ctx
      .http()
      .get(`/offres/${id}/historique`)
      .set(bearer(ml.users.cre.token))
      .expect(200);
    expect(log.body.at(-1)).toMatchObject({
      action: 'expirer',
      fromStatut: 'publiee',
      toStatut: 'expiree',
      byRole: 'system',
      byUserId: null,
    });
    expect(ctx.smtp.mails.filter((m) => m.subject.includes('Agent(e) de propreté'))).toHaveLength(
      1,
    );

    // A CRE (or the employer) can bring it back.
    const back = await ctx
      .http()
      .post(`/offres/${id}/prolonger`)
      .set(bearer(emp.token))
      .send({})
      .expect(200);
    expect(back.body.statut).toBe('publiee');
  });

  it('the link in the reminder extends the offer without login (GET shows, POST acts)', async () => {
    const id = await publish('Vendeur / vendeuse', 'D1214');
    clock.advanceDays(55);
    await sweep();
    const mail = await ctx.smtp.waitForMail((m) => m.subject.includes('Vendeur / vendeuse'));
    const path = new URL(extractLink(mail.text, `${TEST_PUBLIC_URL}/prolonger-offre/`)).pathname;
    // A link's token never opens a session, though signed with the same secret.
    const linkToken = path.split('/').pop()!;
    await ctx.http().get('/auth/me').set(bearer(linkToken)).expect(401);
    await ctx.http().get('/offres').set(bearer(linkToken)).expect(401);
    const page = await ctx.http().get(path).expect(200);
    expect(page.text).toContain('Prolonger mon offre');
    expect(await statut(id)).toBe('publiee');

    const done = await ctx.http().post(path).expect(200);
    expect(done.text).toContain('Offre prolongée');
    const offre = await ctx.http().get(`/offres/${id}`).set(bearer(ml.users.cre.token)).expect(200);
    expect(new Date(offre.body.expireLe).getTime()).toBe(clock.now().getTime() + 60 * 86_400_000);

    clock.advanceDays(10); // day 65 from publication, 10 after the extension: still alive
    await sweep();
    expect(await statut(id)).toBe('publiee');
    await ctx.http().get('/prolonger-offre/pas-un-jeton').expect(410);
  });
});

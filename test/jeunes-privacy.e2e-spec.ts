import { DOMAIN_EVENT, FixedClock, JOB, OutboxEvent, QUEUE } from '@app/core';
import { ConsentSource, JeunesService } from '@app/jeunes';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { createJeune, findEverywhere } from './support/jeunes-fixtures';
import { createTestContext, TestContext } from './support/test-context';
import { waitFor } from './support/wait-for';

const clock = new FixedClock(new Date('2026-12-01T08:00:00Z'));

describe("Jeunes : droit d'accès, effacement, durée de conservation", () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let admin: Record<string, string>;

  beforeAll(async () => {
    ctx = await createTestContext({ clock, worker: true });
    ml = await seedStructure(ctx, 'ml-rgpd');
    admin = bearer(ml.users.admin.token);
  });
  afterAll(() => ctx.close());

  it('exports everything held on one jeune, consent and status history and audit included', async () => {
    const j = await createJeune(ctx, ml.users.conseiller.token, { consentEmail: true });
    await ctx.http().get(`/jeunes/${j.id}`).set(bearer(ml.users.conseiller.token)).expect(200);
    const res = await ctx.http().get(`/jeunes/${j.id}/export`).set(admin).expect(200);
    expect(res.body.jeune).toMatchObject({ id: j.id, nom: 'Benali', notes: expect.any(String) });
    expect(res.body.consentements).toHaveLength(1);
    expect(res.body.statuts).toHaveLength(1);
    expect(res.body.audit.map((a: { action: string }) => a.action)).toEqual([
      'creation',
      'consentement',
      'lecture',
      'export',
    ]);
    await ctx.http().get(`/jeunes/${j.id}/export`).set(bearer(ml.users.cre.token)).expect(403);
  });

  it('erasure leaves no name, email or phone anywhere in the database; statistics stay', async () => {
    const j = await createJeune(ctx, ml.users.conseiller.token, {
      nom: 'Zébulonesque',
      prenom: 'Quirinella',
      email: 'quirinella.zebulonesque@exemple.fr',
      telephone: '06 98 76 54 32',
      idExterne: 'IMILO-ZZZ-42',
      consentSms: true,
      notes: 'Quirinella Zébulonesque vit chez sa tante.',
    });
    const conseiller = bearer(ml.users.conseiller.token);
    await ctx
      .http()
      .post(`/jeunes/${j.id}/statut`)
      .set(conseiller)
      .send({ statut: 'en_formation', motif: 'Quirinella Zébulonesque entre en CAP' })
      .expect(200);
    await ctx.api.get(JeunesService).setConsent(j.id, 'sms', false, ConsentSource.SMS_STOP);
    const needles = [
      'Zébulonesque',
      'Zebulonesque',
      'quirinella',
      '+33698765432',
      '0698765432',
      'IMILO-ZZZ-42',
    ];
    expect(Object.keys(await findEverywhere(ctx, needles)).length).toBeGreaterThan(0);

    await ctx.http().post(`/jeunes/${j.id}/anonymiser`).set(conseiller).expect(403);
    await ctx.http().post(`/jeunes/${j.id}/anonymiser`).set(admin).expect(204);

    expect(await findEverywhere(ctx, needles)).toEqual({});
    const [row] = await ctx.dataSource.query(`SELECT * FROM jeunes WHERE id = $1`, [j.id]);
    expect(row).toMatchObject({
      annee_naissance: 2006,
      commune_insee: '59350',
      departement: '59',
      programme: 'CEJ',
      statut: 'en_formation',
      niveau_diplome: '3',
      nom: null,
      telephone: null,
    });
    const statuts = await ctx.dataSource.query(
      `SELECT from_statut, to_statut, motif FROM jeune_statut_transitions WHERE jeune_id = $1 ORDER BY at`,
      [j.id],
    );
    expect(statuts).toEqual([
      { from_statut: null, to_statut: 'actif', motif: null },
      { from_statut: 'actif', to_statut: 'en_formation', motif: null },
    ]);
    const events = await ctx.dataSource
      .getRepository(OutboxEvent)
      .find({ where: { aggregateId: j.id } });
    expect(events.map((e) => e.type)).toContain(DOMAIN_EVENT.JEUNE_ANONYMISE);
    await ctx.http().get(`/jeunes/${j.id}`).set(admin).expect(410);
    expect(await ctx.api.get(JeunesService).getContact(j.id)).toMatchObject({
      email: null,
      telephone: null,
      anonymise: true,
      consentSms: false,
    });
    const list = await ctx.http().get('/jeunes').set(admin).expect(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).not.toContain(j.id);
  });

  it('anonymises the jeunes inactive for 24 months with the scheduled retention job', async () => {
    const maintenance = ctx.api.get<Queue>(getQueueToken(QUEUE.MAINTENANCE));
    const scheduler = await maintenance.getJobScheduler(JOB.RETENTION_JEUNES);
    expect(scheduler).toMatchObject({ pattern: '40 3 * * *', tz: 'Europe/Paris' });
    const run = async () => {
      const job = await maintenance.add(JOB.RETENTION_JEUNES, {});
      await waitFor(async () => (await job.getState()) === 'completed', { what: 'retention' });
      return (await maintenance.getJob(job.id!))!.returnvalue;
    };
    clock.set(new Date('2027-01-01T08:00:00Z'));
    const ancien = await createJeune(ctx, ml.users.conseiller.token, { nom: 'Ancien' });
    clock.set(new Date('2028-06-01T08:00:00Z'));
    const suivi = await createJeune(ctx, ml.users.conseiller.token, {
      nom: 'Suivi',
      dateNaissance: '2008-01-01',
    });
    // An hour short of 24 months for `ancien`: only the jeune of the export test (Dec. 2026) goes.
    clock.set(new Date('2029-01-01T07:00:00Z'));
    expect(await run()).toEqual({ anonymises: 1 });
    clock.set(new Date('2029-01-01T09:00:00Z'));
    expect(await run()).toEqual({ anonymises: 1 });
    const state = async (id: string) =>
      (await ctx.dataSource.query(`SELECT nom, anonymise_at FROM jeunes WHERE id = $1`, [id]))[0];
    expect(await state(ancien.id)).toMatchObject({ nom: null });
    expect((await state(suivi.id)).nom).toBe('Suivi');
    const audit = await ctx.dataSource.query(
      `SELECT action, actor_role, actor_user_id FROM jeune_audit WHERE jeune_id = $1 AND action = 'anonymisation'`,
      [ancien.id],
    );
    expect(audit).toEqual([{ action: 'anonymisation', actor_role: 'system', actor_user_id: null }]);
    expect(await run()).toEqual({ anonymises: 0 });
  });
});

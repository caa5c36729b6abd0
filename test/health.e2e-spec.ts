import { UsersService } from '@app/accounts';
import { Role } from '@app/core';
import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { WorkerModule } from '../apps/worker/src/worker.module';
import { bearer, PASSWORD, seedStructure, SeededStructure } from './support/fixtures';
import { createTestContext, TestContext } from './support/test-context';

describe('Santé, documentation et tableau des files', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let worker: INestApplicationContext | undefined;

  beforeAll(async () => {
    ctx = await createTestContext();
    ml = await seedStructure(ctx, 'ml-sante');
  });
  afterAll(async () => {
    await worker?.close();
    await ctx.close();
  });

  it('liveness answers without a token', async () => {
    await ctx.http().get('/health').expect(200, { status: 'ok' });
  });

  it('readiness is 503 while no worker is connected, 200 once one is', async () => {
    const down = await ctx.http().get('/health/ready').expect(503);
    expect(down.body.info).toMatchObject({ postgres: { status: 'up' }, redis: { status: 'up' } });
    expect(down.body.error.workers.message).toContain('Aucun worker connecté');

    const ref = await Test.createTestingModule({
      imports: [WorkerModule.forRoot(ctx.env)],
    }).compile();
    worker = ref.createNestApplication({ logger: false });
    await worker.init();
    const up = await ctx.http().get('/health/ready').expect(200);
    expect(up.body.status).toBe('ok');
    expect(up.body.details.workers).toMatchObject({
      status: 'up',
      mail: 1,
      maintenance: 1,
      events: 1,
      matching: 1,
    });
  });

  it('serves the OpenAPI document and its page', async () => {
    const json = await ctx.http().get('/docs-json').expect(200);
    expect(json.body.openapi).toMatch(/^3\./);
    expect(Object.keys(json.body.paths)).toEqual(
      expect.arrayContaining(['/auth/login', '/invitations', '/health/ready']),
    );
    const page = await ctx.http().get('/docs').expect(200);
    expect(page.text).toContain('swagger');
  });

  it('opens the queue dashboard to the platform operator only (access token, no HTTP Basic)', async () => {
    await ctx.api.get(UsersService).ensure({
      structureId: ml.id,
      email: 'operateur@plateforme.test',
      role: Role.OPERATEUR,
      prenom: 'Opé',
      nom: 'Rateur',
      password: PASSWORD,
    });
    const operateur = (
      await ctx
        .http()
        .post('/auth/login')
        .send({ email: 'operateur@plateforme.test', password: PASSWORD })
        .expect(200)
    ).body.accessToken;
    const anonymous = await ctx.http().get('/admin/queues').expect(401);
    expect(anonymous.headers['www-authenticate']).toBeUndefined();
    await ctx.http().get('/admin/queues').set(bearer(ml.users.cre.token)).expect(403);
    await ctx.http().get('/admin/queues').set(bearer(ml.users.admin.token)).expect(403);
    await ctx.http().get('/admin/queues').auth(ml.users.admin.email, PASSWORD).expect(401);
    await ctx.http().get('/admin/queues').set(bearer(operateur)).expect(200);
    const queues = await ctx
      .http()
      .get('/admin/queues/api/queues')
      .set(bearer(operateur))
      .expect(200);
    expect(queues.body.queues.map((q: { name: string }) => q.name).sort()).toEqual([
      'events',
      'mail',
      'maintenance',
      'matching',
      'sms',
    ]);
  });
});

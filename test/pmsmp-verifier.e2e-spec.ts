import { FixedClock } from '@app/core';
import { semaineTypeBody } from './support/pmsmp-verifier';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { conventionBody, partiesPmsmp } from './support/pmsmp-fixtures';
import { createTestContext, TestContext } from './support/test-context';

const clock = new FixedClock(new Date('2026-12-01T09:00:00Z'));

describe('PMSMP: the legal checks of a draft as the form is keyed in (POST pmsmp/conventions/verifier)', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let autre: SeededStructure;

  beforeAll(async () => {
    ctx = await createTestContext({ clock });
    ml = await seedStructure(ctx, 'ml-pmsmp-verif');
    autre = await seedStructure(ctx, 'ml-pmsmp-verif-autre');
  });
  afterAll(() => ctx.close());

  const verifier = (body: Record<string, unknown>, token = ml.users.conseiller.token) =>
    ctx.http().post('/pmsmp/conventions/verifier').set(bearer(token)).send(body);
  const conventions = async () =>
    Number((await ctx.dataSource.query('SELECT count(*) AS n FROM pmsmp_conventions'))[0].n);

  it('a minor: the representative, 8 h a day, 35 h a week and one month at most; fixed, conforming; nothing saved', async () => {
    const p = await partiesPmsmp(ctx, ml, { dateNaissance: '2009-09-15' });
    const base = { jeuneId: p.jeune.id, entrepriseId: p.entrepriseId };
    // 08:00–12:00 and 13:00–18:00, Monday to Friday, 4 January → 10 February.
    const trop = await verifier({
      ...base,
      ...semaineTypeBody('2027-01-04', '2027-02-10', [
        ['08:00', '12:00'],
        ['13:00', '18:00'],
      ]),
    });
    expect(trop.status).toBe(200);
    expect(trop.body.mineur).toBe(true);
    const codes = trop.body.erreurs.map((e: any) => e.code);
    expect(codes).toEqual(
      expect.arrayContaining(['duree_max', 'obligatoire', 'max_jour_mineur', 'max_semaine_mineur']),
    );
    const duree = trop.body.erreurs.find((e: any) => e.code === 'duree_max');
    expect(duree).toMatchObject({ field: 'dateFin' });
    expect(duree.message).toContain('Une immersion dure un mois au plus');
    // The sections not keyed in yet (tutor, host's representative) are not judged.
    expect(trop.body.erreurs.some((e: any) => e.field.startsWith('tuteur'))).toBe(false);

    const ok = await verifier({
      ...base,
      ...semaineTypeBody('2027-01-04', '2027-01-15', [
        ['09:00', '12:00'],
        ['13:00', '17:00'],
      ]),
      representantLegal: {
        nom: 'Immersion',
        prenom: 'Nadia',
        qualite: 'Mère',
        email: 'nadia@parents.test',
        telephone: '06 55 44 33 22',
      },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      erreurs: [],
      mineur: true,
      totaux: { heuresTotal: 70, joursPresence: 10 },
    });
    expect(ok.body.totaux.heuresParSemaine).toEqual({ '2027-01-04': 35, '2027-01-11': 35 });
    expect(await conventions()).toBe(0);
  });

  it('judges the sections sent: the same address for the tutor and the host’s representative', async () => {
    const p = await partiesPmsmp(ctx, ml);
    const body = conventionBody(p.jeune.id, p.entrepriseId);
    body.tuteur.email = body.accueil.representant.email;
    const res = await verifier(body);
    expect(res.status).toBe(200);
    expect(res.body.erreurs.map((e: any) => e.code)).toContain('email_partage');
    // The same draft fixed is what creation accepts.
    const fixed = conventionBody(p.jeune.id, p.entrepriseId);
    expect((await verifier(fixed)).body.erreurs).toEqual([]);
    await ctx
      .http()
      .post('/pmsmp/conventions')
      .set(bearer(ml.users.conseiller.token))
      .send(fixed)
      .expect(201);
  });

  it('4xx in French: a malformed date 400 on its field; another structure’s jeune 404; an employer 403', async () => {
    const p = await partiesPmsmp(ctx, ml);
    const base = { jeuneId: p.jeune.id, entrepriseId: p.entrepriseId };
    const mal = await verifier({ ...base, dateDebut: '04/01/2027' });
    expect(mal.status).toBe(400);
    expect(mal.body.errors[0]).toMatchObject({ field: 'dateDebut' });
    expect(mal.body.errors[0].message).toContain('AAAA-MM-JJ');
    const ailleurs = await verifier(base, autre.users.conseiller.token);
    expect(ailleurs.status).toBe(404);
    expect(ailleurs.body.detail).toBe('Le jeune est introuvable.');
    await verifier(base, ml.users.employeur.token).expect(403);
    const sans = await verifier({ entrepriseId: p.entrepriseId });
    expect(sans.status).toBe(400);
    expect(sans.body.errors[0].field).toBe('jeuneId');
  });
});

import { FixedClock } from '@app/core';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { offrePubliee } from './support/matching-fixtures';
import { conventionBody, partiesPmsmp } from './support/pmsmp-fixtures';
import { createTestContext, TestContext } from './support/test-context';

const clock = new FixedClock(new Date('2026-12-01T09:00:00Z')); // a Tuesday, 10:00 in Paris

describe('PMSMP : conventions (API, règles, cycle de vie)', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let autre: SeededStructure;

  beforeAll(async () => {
    ctx = await createTestContext({ clock });
    ml = await seedStructure(ctx, 'ml-pmsmp');
    autre = await seedStructure(ctx, 'ml-pmsmp-autre');
  });
  afterAll(() => ctx.close());

  const conseiller = () => bearer(ml.users.conseiller.token);
  const creer = async (over: Record<string, unknown> = {}, jeune: Record<string, unknown> = {}) => {
    const p = await partiesPmsmp(ctx, ml, jeune);
    return ctx
      .http()
      .post('/pmsmp/conventions')
      .set(conseiller())
      .send(conventionBody(p.jeune.id, p.entrepriseId, over));
  };

  it('creates a draft from the jeune and the entreprise, totals derived, logged', async () => {
    const res = await creer();
    expect(res.status).toBe(201);
    const c = res.body;
    expect(c).toMatchObject({
      statut: 'brouillon',
      version: 1,
      totaux: { heuresTotal: 70, joursPresence: 10 },
    });
    expect(c.totaux.heuresParSemaine).toEqual({ '2027-01-04': 35, '2027-01-11': 35 });
    expect(c.contenu.beneficiaire).toMatchObject({ dateNaissance: '2006-04-17', commune: 'Lille' });
    expect(c.contenu.accueil.siret).toMatch(/^\d{14}$/);
    expect(c.contenu.prescripteur).toMatchObject({
      structure: 'Mission Locale ml-pmsmp',
      conseiller: { email: ml.users.conseiller.email },
    });
    expect(c.contenuSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(c.signaturesAttendues).toEqual(['beneficiaire', 'entreprise', 'tuteur', 'prescripteur']);
    const log = await ctx
      .http()
      .get(`/pmsmp/conventions/${c.id}/journal`)
      .set(conseiller())
      .expect(200);
    expect(log.body.map((l: any) => l.action)).toEqual(['creation']);
    // Another structure sees nothing.
    await ctx
      .http()
      .get(`/pmsmp/conventions/${c.id}`)
      .set(bearer(autre.users.conseiller.token))
      .expect(404);
  });

  it('bad input: 400 naming the field in French, never 500', async () => {
    const r1 = await creer({ objectif: 'tout' });
    expect(r1.status).toBe(400);
    expect(r1.body.field).toBe('objectif');
    expect(r1.body.detail).toMatch(/découvrir un métier/);
    const r2 = await creer({
      tuteur: {
        nom: 'X',
        prenom: 'Y',
        fonction: 'Z',
        email: 'pas-un-email',
        telephone: '0622222299',
      },
    });
    expect(r2.status).toBe(400);
    expect(r2.body.errors.map((e: any) => e.field)).toContain('tuteur.email');
    const r3 = await creer({ totalHeures: 12 });
    expect(r3.status).toBe(400);
    expect(r3.body.field).toBe('totalHeures');
  });

  it('the legal rules through the API: all errors at once, each naming its field', async () => {
    const res = await creer(
      {
        dateFin: '2027-02-10',
        horaires: [{ date: '2027-01-04', plages: [{ debut: '05:00', fin: '14:00' }] }],
      },
      { dateNaissance: '2009-06-01' },
    );
    expect(res.status).toBe(400);
    const fields = res.body.errors.map((e: any) => `${e.field}:${e.code}`);
    expect(fields).toEqual(
      expect.arrayContaining(['dateFin:duree_max', 'representantLegal:obligatoire']),
    );
    expect(res.body.detail).toMatch(/un mois au plus/);
    const mineur = await creer(
      {
        dateFin: '2027-01-04',
        horaires: [{ date: '2027-01-04', plages: [{ debut: '05:00', fin: '14:00' }] }],
        representantLegal: {
          nom: 'Benali',
          prenom: 'Karim',
          qualite: 'Père',
          email: 'pere@famille.test',
          telephone: '06 44 44 44 44',
        },
      },
      { dateNaissance: '2009-06-01' },
    );
    expect(mineur.status).toBe(400);
    expect(mineur.body.errors.map((e: any) => `${e.field}:${e.code}`)).toEqual([
      'horaires[0].plages:max_jour_mineur',
      'horaires[0].plages[0]:nuit_mineur',
    ]);
    const passe = await creer({
      dateDebut: '2026-11-28',
      dateFin: '2026-11-30',
      horaires: [{ date: '2026-11-30', plages: [{ debut: '09:00', fin: '12:00' }] }],
    });
    expect(passe.status).toBe(400);
    expect(passe.body.field).toBe('dateDebut');
  });

  it('illegal transitions are 409 with the status; optimistic lock refuses stale edits', async () => {
    const { body: c } = await creer();
    const v = await ctx
      .http()
      .post(`/pmsmp/conventions/${c.id}/valider`)
      .set(conseiller())
      .send({});
    expect(v.status).toBe(409);
    expect(v.body).toMatchObject({ code: 'PMSMP_TRANSITION_INTERDITE', statut: 'brouillon' });
    const edit = await ctx
      .http()
      .patch(`/pmsmp/conventions/${c.id}`)
      .set(conseiller())
      .send({ version: 1, activites: 'Accueil des clients, vente.' })
      .expect(200);
    expect(edit.body).toMatchObject({ version: 2, statut: 'brouillon' });
    expect(edit.body.contenuSha256).not.toBe(c.contenuSha256);
    const stale = await ctx
      .http()
      .patch(`/pmsmp/conventions/${c.id}`)
      .set(conseiller())
      .send({ version: 1, activites: 'Autre chose encore.' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'CONCURRENT_UPDATE', field: 'version' });
    await ctx
      .http()
      .post(`/pmsmp/conventions/${c.id}/annuler`)
      .set(conseiller())
      .send({ motif: 'Le jeune a trouvé un emploi.' })
      .expect(200);
    const again = await ctx
      .http()
      .post(`/pmsmp/conventions/${c.id}/soumettre`)
      .set(conseiller())
      .send({});
    expect(again.status).toBe(409);
    expect(again.body.statut).toBe('annulee');
    const log = await ctx
      .http()
      .get(`/pmsmp/conventions/${c.id}/journal`)
      .set(conseiller())
      .expect(200);
    expect(log.body.map((l: any) => l.action).sort()).toEqual(['annuler', 'creation', 'modifier']);
  });

  it('started from an offer to start a recruitment: the offer must be the host’s', async () => {
    const p = await partiesPmsmp(ctx, ml);
    const offre = await offrePubliee(ctx, ml, {
      entrepriseId: p.entrepriseId,
      dateDebut: '2027-02-01',
    });
    const ailleurs = await offrePubliee(ctx, ml, { dateDebut: '2027-02-01' });
    const post = (over: Record<string, unknown>) =>
      ctx
        .http()
        .post('/pmsmp/conventions')
        .set(conseiller())
        .send(conventionBody(p.jeune.id, p.entrepriseId, over));
    const decouverte = await post({ offreId: offre.id });
    expect(decouverte.status).toBe(400);
    expect(decouverte.body.field).toBe('offreId');
    const autre = await post({ offreId: ailleurs.id, objectif: 'initier_recrutement' });
    expect(autre.status).toBe(400);
    expect(autre.body.detail).toMatch(/autre entreprise/);
    const ok = await post({ offreId: offre.id, objectif: 'initier_recrutement' });
    expect(ok.status).toBe(201);
    const row = await ctx.dataSource.query('SELECT offre_id FROM pmsmp_conventions WHERE id = $1', [
      ok.body.id,
    ]);
    expect(row[0].offre_id).toBe(offre.id);
  });

  it('a draft left aside past its start date is not sent for signature', async () => {
    const { body: c } = await creer();
    try {
      clock.set(new Date('2027-01-07T09:00:00Z'));
      const res = await ctx
        .http()
        .post(`/pmsmp/conventions/${c.id}/soumettre`)
        .set(conseiller())
        .send({});
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ field: 'dateDebut' });
      expect(res.body.detail).toMatch(/ne s’antidate pas/);
    } finally {
      clock.set(new Date('2026-12-01T09:00:00Z'));
    }
    await ctx
      .http()
      .post(`/pmsmp/conventions/${c.id}/soumettre`)
      .set(conseiller())
      .send({})
      .expect(200);
  });
});

import { FixedClock } from '@app/core';
import { Convention, PmsmpEcheancesService, Signataire } from '@app/pmsmp';
import { SignatureLinksService } from '../libs/pmsmp/src/signatures/signature-links.service';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { binaire, conventionBody, partiesPmsmp, textePdf } from './support/pmsmp-fixtures';
import { createTestContext, TestContext } from './support/test-context';
import { waitFor } from './support/wait-for';
import { WorkerProcess } from './support/worker-process';

const clock = new FixedClock(new Date('2026-12-01T09:00:00Z'));

/** A minor's agreement, the structure validating in two steps; links taken from the service. */
describe('PMSMP : mineur et représentant légal, validation en deux étapes, deux mois sur douze', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let mineurId: string;

  beforeAll(async () => {
    ctx = await createTestContext({ clock });
    ml = await seedStructure(ctx, 'ml-pmsmp-sign');
    // This structure validates in two steps (its own setting; the default is one step).
    await ctx
      .http()
      .put('/pmsmp/parametres')
      .set(bearer(ml.users.conseiller.token))
      .send({ validationDeuxEtapes: true })
      .expect(403);
    await ctx
      .http()
      .put('/pmsmp/parametres')
      .set(bearer(ml.users.admin.token))
      .send({ validationDeuxEtapes: true })
      .expect(200, { validationDeuxEtapes: true });
  });
  afterAll(() => ctx.close());

  const conseiller = () => bearer(ml.users.conseiller.token);
  const lienDe = async (id: string, s: Signataire) => {
    const c = await ctx.dataSource.getRepository(Convention).findOneByOrFail({ id });
    return new URL(ctx.api.get(SignatureLinksService).lien(c, s)).pathname;
  };
  const signerTous = async (id: string, signataires: Signataire[]) => {
    const { body } = await ctx.http().get(`/pmsmp/conventions/${id}`).set(conseiller());
    for (const s of signataires) {
      await ctx
        .http()
        .post(await lienDe(id, s))
        .type('form')
        .send({ accepte: 'oui', empreinte: body.contenuSha256 })
        .expect(200);
    }
  };

  it('a minor: the legal representative gets a link (email and SMS) and signs; conseiller visa, then the director', async () => {
    const p = await partiesPmsmp(ctx, ml, { dateNaissance: '2009-06-01' });
    const b = conventionBody(p.jeune.id, p.entrepriseId, {
      representantLegal: {
        nom: 'Benali',
        prenom: 'Karim',
        qualite: 'Père',
        email: 'pere.mineur@famille.test',
        telephone: '06 44 44 44 01',
      },
      horaires: conventionBody('', '').horaires.map((j: any) => ({
        ...j,
        plages: [
          { debut: '09:00', fin: '12:00' },
          { debut: '13:00', fin: '16:00' },
        ],
      })),
    });
    const { body: c } = await ctx
      .http()
      .post('/pmsmp/conventions')
      .set(conseiller())
      .send(b)
      .expect(201);
    mineurId = c.id;
    expect(c.signaturesAttendues).toEqual([
      'beneficiaire',
      'representant_legal',
      'entreprise',
      'tuteur',
      'prescripteur',
    ]);
    await ctx
      .http()
      .post(`/pmsmp/conventions/${c.id}/soumettre`)
      .set(conseiller())
      .send({})
      .expect(200);
    const rows = await ctx.dataSource.query(
      `SELECT canal, adresse FROM messages WHERE template = 'pmsmp_signature' AND (adresse = $1 OR adresse = $2) ORDER BY canal`,
      ['pere.mineur@famille.test', '+33644444401'],
    );
    expect(rows.map((r: any) => r.canal)).toEqual(['email', 'sms']);

    await signerTous(c.id, [
      Signataire.BENEFICIAIRE,
      Signataire.ENTREPRISE,
      Signataire.TUTEUR,
      Signataire.PRESCRIPTEUR,
    ]);
    expect(
      (await ctx.http().get(`/pmsmp/conventions/${c.id}`).set(conseiller())).body,
    ).toMatchObject({
      statut: 'partiellement_signee',
      signaturesAttendues: ['representant_legal'],
    });
    // The staff's list shows the progress; the CRE reads it too, filtered by status.
    const liste = await ctx
      .http()
      .get('/pmsmp/conventions')
      .query({ statut: 'partiellement_signee' })
      .set(bearer(ml.users.cre.token))
      .expect(200);
    expect(liste.body.find((l: { id: string }) => l.id === c.id)).toMatchObject({
      statut: 'partiellement_signee',
      signees: 4,
      signaturesAttendues: 5,
    });
    expect(liste.body.every((l: { statut: string }) => l.statut === 'partiellement_signee')).toBe(
      true,
    );
    await signerTous(c.id, [Signataire.REPRESENTANT_LEGAL]);

    // Two steps: the director cannot validate before the conseiller's visa; the conseiller cannot validate after it.
    const tot = await ctx
      .http()
      .post(`/pmsmp/conventions/${c.id}/valider`)
      .set(bearer(ml.users.admin.token))
      .send({});
    expect(tot.status).toBe(409);
    await ctx
      .http()
      .post(`/pmsmp/conventions/${c.id}/viser`)
      .set(conseiller())
      .send({})
      .expect(200);
    await ctx
      .http()
      .post(`/pmsmp/conventions/${c.id}/valider`)
      .set(conseiller())
      .send({})
      .expect(403);
    await ctx
      .http()
      .post(`/pmsmp/conventions/${c.id}/valider`)
      .set(bearer(ml.users.cre.token))
      .send({})
      .expect(403);
    const ok = await ctx
      .http()
      .post(`/pmsmp/conventions/${c.id}/valider`)
      .set(bearer(ml.users.admin.token))
      .send({})
      .expect(200);
    expect(ok.body.statut).toBe('validee');
    const log = (await ctx.http().get(`/pmsmp/conventions/${c.id}/journal`).set(conseiller())).body;
    expect(
      log
        .filter((l: any) => l.action === 'signer')
        .map((l: any) => l.byRole)
        .sort(),
    ).toEqual([
      'lien_beneficiaire',
      'lien_entreprise',
      'lien_prescripteur',
      'lien_representant_legal',
      'lien_tuteur',
    ]);
  });

  it('a third agreement with the same host within twelve months is refused; a refused one does not count', async () => {
    const p = await partiesPmsmp(ctx, ml);
    const periode = (dateDebut: string, dateFin: string) => ({
      dateDebut,
      dateFin,
      horaires: [{ date: dateDebut, plages: [{ debut: '09:00', fin: '12:00' }] }],
    });
    const envoyer = async (over: Record<string, unknown>) => {
      const { body } = await ctx
        .http()
        .post('/pmsmp/conventions')
        .set(conseiller())
        .send(conventionBody(p.jeune.id, p.entrepriseId, over))
        .expect(201);
      await ctx
        .http()
        .post(`/pmsmp/conventions/${body.id}/soumettre`)
        .set(conseiller())
        .send({})
        .expect(200);
      return body.id as string;
    };
    await envoyer(periode('2027-01-04', '2027-01-08'));
    const deuxieme = await envoyer(periode('2027-03-01', '2027-03-05'));
    const troisieme = await ctx
      .http()
      .post('/pmsmp/conventions')
      .set(conseiller())
      .send(conventionBody(p.jeune.id, p.entrepriseId, periode('2027-06-07', '2027-06-11')));
    expect(troisieme.status).toBe(400);
    expect(troisieme.body).toMatchObject({
      field: 'accueil.siret',
      errors: [expect.objectContaining({ code: 'deux_mois_sur_douze' })],
    });
    await ctx
      .http()
      .post(`/pmsmp/conventions/${deuxieme}/refuser`)
      .set(conseiller())
      .send({ motif: 'Tuteur indisponible' })
      .expect(200);
    await ctx
      .http()
      .post('/pmsmp/conventions')
      .set(conseiller())
      .send(conventionBody(p.jeune.id, p.entrepriseId, periode('2027-06-07', '2027-06-11')))
      .expect(201);
  });

  it('the worker, as a real process, renders the PDF of the current state from the outbox events', async () => {
    const worker = await new WorkerProcess(ctx.env).start();
    try {
      const res = await waitFor(
        async () => {
          const r = await ctx
            .http()
            .get(`/pmsmp/conventions/${mineurId}/pdf`)
            .set(conseiller())
            .buffer(true)
            .parse(binaire);
          return r.status === 200 && r.headers['x-pdf-a-jour'] === 'true' ? r : false;
        },
        { what: 'the PDF rendered by the worker process', timeoutMs: 30000 },
      );
      const texte = textePdf(res.body);
      expect(texte).toContain('Représentant légal : Karim Benali (Père)');
      expect(texte).toMatch(/version 1 · validée/);
      const rows = await ctx.dataSource.query(
        'SELECT etat, sha256, taille FROM pmsmp_pdfs WHERE convention_id = $1',
        [mineurId],
      );
      expect(rows.map((r: any) => r.etat)).toContain('1.5.validee');
    } finally {
      await worker.stop();
    }
  });

  it('signed but not validated three days before the start: the conseiller is reminded once', async () => {
    const p = await partiesPmsmp(ctx, ml);
    const { body: c } = await ctx
      .http()
      .post('/pmsmp/conventions')
      .set(conseiller())
      .send(conventionBody(p.jeune.id, p.entrepriseId))
      .expect(201);
    await ctx
      .http()
      .post(`/pmsmp/conventions/${c.id}/soumettre`)
      .set(conseiller())
      .send({})
      .expect(200);
    await signerTous(c.id, [
      Signataire.BENEFICIAIRE,
      Signataire.ENTREPRISE,
      Signataire.TUTEUR,
      Signataire.PRESCRIPTEUR,
    ]);
    const aValider = () =>
      ctx.dataSource.query(
        `SELECT event FROM messages WHERE template = 'pmsmp_a_valider' AND event LIKE $1 ORDER BY event`,
        [`%${c.id}%`],
      );
    expect(await aValider()).toHaveLength(1);
    const sweep = ctx.api.get(PmsmpEcheancesService);
    try {
      clock.set(new Date('2027-01-01T08:00:00Z'));
      expect((await sweep.sweep()).relances).toBeGreaterThanOrEqual(1);
      expect((await aValider()).map((r: any) => r.event)).toEqual([
        `pmsmp.a_valider:${c.id}:v1:0`,
        `pmsmp.a_valider:${c.id}:v1:1`,
      ]);
      await sweep.sweep();
      expect(await aValider()).toHaveLength(2);
    } finally {
      clock.set(new Date('2026-12-01T09:00:00Z'));
    }
  });
});

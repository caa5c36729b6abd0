import { FixedClock } from '@app/core';
import { ConventionPdfService } from '@app/pmsmp';
import { Signature } from '../libs/pmsmp/src/entities/signature.entity';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { createJeune } from './support/jeunes-fixtures';
import { Employeur, entrepriseWithEmployer } from './support/offres-fixtures';
import { conventionBody } from './support/pmsmp-fixtures';
import { createTestContext, TestContext } from './support/test-context';

const clock = new FixedClock(new Date('2026-12-01T09:00:00Z'));

/** The employer's immersions in the portal's API: its hosted agreements, read, PDF, signature. */
describe('Portail : mes immersions (PMSMP) côté employeur', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let hote: Employeur;
  let autre: Employeur;
  let id: string;

  beforeAll(async () => {
    ctx = await createTestContext({ clock });
    ml = await seedStructure(ctx, 'ml-immersions');
    hote = await entrepriseWithEmployer(ctx, ml);
    autre = await entrepriseWithEmployer(ctx, ml);
    // The host's address and headcount come from the entreprise's record.
    await ctx
      .http()
      .patch(`/entreprises/${hote.entrepriseId}`)
      .set(bearer(ml.users.cre.token))
      .send({ adresse: '12 rue de la Gare', codePostal: '59000', trancheEffectif: '1_9' })
      .expect(200);
    const jeune = await createJeune(ctx, ml.users.conseiller.token, {
      nom: 'Martin',
      prenom: 'Lina',
      email: 'lina.martin@jeunes.test',
      consentEmail: true,
    });
    const { body } = await ctx
      .http()
      .post('/pmsmp/conventions')
      .set(bearer(ml.users.conseiller.token))
      .send(conventionBody(jeune.id, hote.entrepriseId))
      .expect(201);
    id = body.id;
  });
  afterAll(() => ctx.close());

  const get = (path: string, who: Employeur) => ctx.http().get(path).set(bearer(who.token));

  it('a draft is the ML’s working copy: the host does not see it yet', async () => {
    expect((await get('/pmsmp/mes-conventions', hote).expect(200)).body).toEqual([]);
    await get(`/pmsmp/mes-conventions/${id}`, hote).expect(404);
  });

  it('submitted: the host lists it (first name + initial, who still signs); another entreprise gets 404', async () => {
    await ctx
      .http()
      .post(`/pmsmp/conventions/${id}/soumettre`)
      .set(bearer(ml.users.conseiller.token))
      .expect(200);
    const { body: liste } = await get('/pmsmp/mes-conventions', hote).expect(200);
    expect(liste).toEqual([
      expect.objectContaining({
        id,
        statut: 'a_signer',
        statutLibelle: 'à signer',
        beneficiaire: 'Lina M.',
        dateDebut: '2027-01-04',
        aSigner: true,
        signaturesAttendues: expect.arrayContaining([
          'bénéficiaire',
          'représentant de la structure d’accueil',
        ]),
      }),
    ]);
    expect(JSON.stringify(liste)).not.toContain('Martin');

    expect((await get('/pmsmp/mes-conventions', autre).expect(200)).body).toEqual([]);
    for (const path of ['', '/pdf']) {
      const r = await get(`/pmsmp/mes-conventions/${id}${path}`, autre).expect(404);
      expect(r.body.code).toBe('NOT_FOUND');
    }
    await ctx
      .http()
      .post(`/pmsmp/mes-conventions/${id}/lien-signature`)
      .set(bearer(autre.token))
      .expect(404);
    // Staff use their own API; the employer's one is for employers.
    await ctx
      .http()
      .get('/pmsmp/mes-conventions')
      .set(bearer(ml.users.conseiller.token))
      .expect(403);
    await get(`/pmsmp/conventions/${id}`, hote).expect(403);
  });

  it('the detail is read-only (the Cerfa’s sections); the PDF once rendered', async () => {
    const { body } = await get(`/pmsmp/mes-conventions/${id}`, hote).expect(200);
    expect(body.sections[0].titre).toBe('1. Le bénéficiaire');
    expect(body.pdf).toBeNull();
    await get(`/pmsmp/mes-conventions/${id}/pdf`, hote).expect(404);
    await ctx.api.get(ConventionPdfService).generer(id);
    const pdf = await get(`/pmsmp/mes-conventions/${id}/pdf`, hote).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['x-pdf-a-jour']).toBe('true');
  });

  it('signs through the host’s own signing link (same page, same audit); then nothing more to sign', async () => {
    const { body: detail } = await get(`/pmsmp/mes-conventions/${id}`, hote).expect(200);
    const { body: lien } = await ctx
      .http()
      .post(`/pmsmp/mes-conventions/${id}/lien-signature`)
      .set(bearer(hote.token))
      .expect(200);
    const path = new URL(lien.url).pathname;
    expect(path).toMatch(/^\/pmsmp\/signature\//);
    const page = await ctx.http().get(path).expect(200);
    expect(page.text).toContain('représentant de la structure d’accueil');
    await ctx
      .http()
      .post(path)
      .set('User-Agent', 'Portail-Test/1.0')
      .type('form')
      .send({ accepte: 'oui', empreinte: detail.contenuSha256 })
      .expect(200);
    const sig = await ctx.dataSource
      .getRepository(Signature)
      .findOneByOrFail({ conventionId: id, signataire: 'entreprise' as never });
    expect(sig).toMatchObject({
      userAgent: 'Portail-Test/1.0',
      contenuSha256: detail.contenuSha256,
      version: detail.version,
    });
    expect(sig.ip).toEqual(expect.any(String));

    const { body: apres } = await get(`/pmsmp/mes-conventions/${id}`, hote).expect(200);
    expect(apres).toMatchObject({ statut: 'partiellement_signee', aSigner: false });
    expect(apres.signaturesAttendues).not.toContain('représentant de la structure d’accueil');
    const again = await ctx
      .http()
      .post(`/pmsmp/mes-conventions/${id}/lien-signature`)
      .set(bearer(hote.token))
      .expect(409);
    expect(again.body.code).toBe('PMSMP_TRANSITION_INTERDITE');
    // The used link changes nothing.
    await ctx
      .http()
      .post(path)
      .type('form')
      .send({ accepte: 'oui', empreinte: detail.contenuSha256 })
      .expect(200);
    expect(await ctx.dataSource.getRepository(Signature).countBy({ conventionId: id })).toBe(1);
  });
});

import { DOMAIN_EVENT, FixedClock, QUEUE } from '@app/core';
import { OFFRE_TRANSITIONS, OffreAction, OffreLifecycleService, OffreStatut } from '@app/offres';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { Employeur, entrepriseWithEmployer } from './support/offres-fixtures';
import { createTestContext, TestContext } from './support/test-context';
import { waitFor } from './support/wait-for';

// Tuesday 1 December 2026, 09:00 in Paris.
const clock = new FixedClock(new Date('2026-12-01T08:00:00Z'));

export const offreBody = (entrepriseId: string, over: Record<string, unknown> = {}) => ({
  entrepriseId,
  titre: 'Serveur / serveuse en brasserie',
  codeRome: 'G1803',
  description: 'Service en salle, accueil des clients, mise en place.',
  typeContrat: 'CDD',
  dureeValeur: 6,
  dureeUnite: 'mois',
  heuresHebdo: 35,
  dateDebut: '2026-12-15',
  ...over,
});

describe('Offres : création, règles, cycle de vie, listes', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let emp: Employeur;
  let other: Employeur;
  let events: Queue;
  let cre: Record<string, string>;

  beforeAll(async () => {
    ctx = await createTestContext({ worker: true, clock, env: { OUTBOX_POLL_MS: '50' } });
    ml = await seedStructure(ctx, 'ml-offres');
    emp = await entrepriseWithEmployer(ctx, ml, '59350');
    other = await entrepriseWithEmployer(ctx, ml, '59350');
    events = ctx.api.get<Queue>(getQueueToken(QUEUE.EVENTS));
    cre = bearer(ml.users.cre.token);
  });
  afterAll(() => ctx.close());

  const create = (token: string, body: Record<string, unknown>, status = 201) =>
    ctx.http().post('/offres').set(bearer(token)).send(body).expect(status);
  const act = (id: string, action: string, body: Record<string, unknown> = {}, headers = cre) =>
    ctx.http().post(`/offres/${id}/${action}`).set(headers).send(body);

  it('an employer drafts, submits; a CRE validates; publishing emits offre.publiee through the outbox', async () => {
    const draft = await create(emp.token, offreBody(emp.entrepriseId));
    expect(draft.body).toMatchObject({
      statut: 'brouillon',
      tempsPartiel: false,
      candidatsSouhaites: 2,
      ouverteMineurs: true,
    });
    expect(draft.body.lat).toBeCloseTo(50.63, 1);
    const id = draft.body.id;
    await act(id, 'soumettre', {}, bearer(emp.token)).expect(200);
    const refused = await act(id, 'valider', {}, bearer(emp.token)).expect(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    const published = await act(id, 'valider').expect(200);
    expect(published.body.statut).toBe('publiee');
    expect(new Date(published.body.expireLe).toISOString()).toBe('2027-01-30T08:00:00.000Z');

    const job = await waitFor(
      async () =>
        (await events.getJobs(['completed', 'waiting', 'active'])).find(
          (j) => j.name === DOMAIN_EVENT.OFFRE_PUBLIEE && j.data.offreId === id,
        ),
      { what: 'offre.publiee on the events queue' },
    );
    expect(job.data).toMatchObject({ offreId: id, version: 1 });

    const log = await ctx.http().get(`/offres/${id}/historique`).set(cre).expect(200);
    expect(
      log.body.map(
        (t: { action: string; fromStatut: string; toStatut: string; byRole: string }) => [
          t.action,
          t.fromStatut,
          t.toStatut,
          t.byRole,
        ],
      ),
    ).toEqual([
      ['creation', null, 'brouillon', 'employeur'],
      ['soumettre', 'brouillon', 'a_valider', 'employeur'],
      ['valider', 'a_valider', 'publiee', 'cre'],
    ]);
  });

  it.each([
    [{ heuresHebdo: 49 }, 'heuresHebdo', '48 heures'],
    [{ dateDebut: '2026-11-30' }, 'dateDebut', 'passé'],
    [{ dateDebut: '30/12/2026' }, 'dateDebut', 'AAAA-MM-JJ'],
    [{ dureeValeur: undefined }, 'dureeValeur', 'obligatoire pour un contrat CDD'],
    [{ travailNuit: true, ouverteMineurs: true }, 'ouverteMineurs', 'mineurs'],
    [{ codeRome: 'Z1234' }, 'codeRome', 'lettre (A à N)'],
    [{ codeRome: 'A9999' }, 'codeRome', "n'existe pas"],
    [{ communeInsee: '99999' }, 'communeInsee', 'inconnue'],
    [{ nombrePostes: 0 }, 'nombrePostes', 'supérieur ou égal à 1'],
    [{ salaireMontant: 12 }, 'salaireUnite', 'horaire ou mensuel'],
    [{ pourboires: true }, 'pourboires', "n'est pas un champ accepté"],
  ])('refuses %j with 400 naming %s', async (over, field, words) => {
    const res = await create(
      ml.users.cre.token,
      offreBody(emp.entrepriseId, { ...over, confirmerDoublon: true }),
      400,
    );
    expect(res.body).toMatchObject({ code: 'VALIDATION', field });
    expect(res.body.detail).toContain(words);
  });

  it('accepts night work when closed to minors, and defaults minors to closed for night work', async () => {
    const res = await create(
      ml.users.cre.token,
      offreBody(emp.entrepriseId, { travailNuit: true, codeRome: 'K2204', confirmerDoublon: true }),
    );
    expect(res.body).toMatchObject({ travailNuit: true, ouverteMineurs: false });
  });

  it("hides an entreprise's offers from another employer (404) and lists only its own", async () => {
    const mine = await create(
      emp.token,
      offreBody(emp.entrepriseId, { codeRome: 'G1602', titre: 'Commis de cuisine' }),
    );
    await ctx.http().get(`/offres/${mine.body.id}`).set(bearer(other.token)).expect(404);
    await ctx
      .http()
      .patch(`/offres/${mine.body.id}`)
      .set(bearer(other.token))
      .send({ titre: 'Piratage' })
      .expect(404);
    await act(
      mine.body.id,
      'cloturer',
      { motifCloture: 'autre', motif: 'x' },
      bearer(other.token),
    ).expect(404);
    const list = await ctx.http().get('/offres').set(bearer(other.token)).expect(200);
    expect(
      list.body.items.every((o: { entrepriseId: string }) => o.entrepriseId === other.entrepriseId),
    ).toBe(true);
    await create(other.token, offreBody(emp.entrepriseId, { codeRome: 'G1602' }), 404);
  });

  it('warns of a duplicate (same entreprise, fiche and commune within 30 days) until confirmed', async () => {
    const body = offreBody(emp.entrepriseId, { codeRome: 'D1507', titre: 'Employé(e) de rayon' });
    const first = await create(ml.users.cre.token, body);
    const dup = await create(ml.users.cre.token, { ...body, titre: 'Mise en rayon' }, 409);
    expect(dup.body.code).toBe('OFFRE_DOUBLON');
    expect(dup.body.doublons).toEqual([
      expect.objectContaining({ id: first.body.id, titre: 'Employé(e) de rayon' }),
    ]);
    await create(ml.users.cre.token, { ...body, titre: 'Mise en rayon', confirmerDoublon: true });
  });

  it('refuses every illegal transition with 409 and the current status', async () => {
    const offreIn = async (statut: OffreStatut, n: number): Promise<string> => {
      const res = await create(
        ml.users.cre.token,
        offreBody(emp.entrepriseId, {
          codeRome: 'N1103',
          confirmerDoublon: true,
          titre: `Préparateur ${n}`,
        }),
      );
      const id = res.body.id;
      const lifecycle = ctx.api.get(OffreLifecycleService);
      const path: Partial<Record<OffreStatut, [OffreAction, Record<string, string>][]>> = {
        [OffreStatut.A_VALIDER]: [[OffreAction.SOUMETTRE, {}]],
        [OffreStatut.PUBLIEE]: [[OffreAction.PUBLIER, {}]],
        [OffreStatut.POURVUE]: [
          [OffreAction.PUBLIER, {}],
          [OffreAction.MARQUER_POURVUE, {}],
        ],
        [OffreStatut.CLOTUREE]: [[OffreAction.CLOTURER, { motifCloture: 'besoin_disparu' }]],
        [OffreStatut.EXPIREE]: [[OffreAction.PUBLIER, {}]],
      };
      for (const [action, body] of path[statut] ?? []) await act(id, action, body).expect(200);
      if (statut === OffreStatut.EXPIREE)
        await lifecycle.apply(id, OffreAction.EXPIRER, { role: 'system' });
      return id;
    };
    let n = 0;
    for (const statut of Object.values(OffreStatut)) {
      const id = await offreIn(statut, n++);
      for (const [action, t] of Object.entries(OFFRE_TRANSITIONS)) {
        if (t.from.includes(statut) || action === OffreAction.EXPIRER) continue;
        const res = await act(id, action, { motif: 'test', motifCloture: 'autre' }).expect(409);
        expect(res.body).toMatchObject({ code: 'OFFRE_TRANSITION_INTERDITE', statut, action });
      }
      const current = await ctx.http().get(`/offres/${id}`).set(cre).expect(200);
      expect(current.body.statut).toBe(statut);
    }
  });

  it('asks for a reason to close, and an unknown action is a 400', async () => {
    const res = await create(
      ml.users.cre.token,
      offreBody(emp.entrepriseId, { codeRome: 'F1704', confirmerDoublon: true }),
    );
    const noReason = await act(res.body.id, 'cloturer').expect(400);
    expect(noReason.body.field).toBe('motifCloture');
    const unknown = await act(res.body.id, 'supprimer').expect(400);
    expect(unknown.body.field).toBe('action');
    const closed = await act(res.body.id, 'cloturer', { motifCloture: 'annulee_employeur' }).expect(
      200,
    );
    expect(closed.body).toMatchObject({ statut: 'cloturee', motifCloture: 'annulee_employeur' });
  });

  it('editing a published offer keeps it published, logs the changes, re-matches only on criteria', async () => {
    const res = await create(
      ml.users.cre.token,
      offreBody(emp.entrepriseId, { codeRome: 'H2102', etat: 'publiee', confirmerDoublon: true }),
    );
    const id = res.body.id;
    const text = await ctx
      .http()
      .patch(`/offres/${id}`)
      .set(cre)
      .send({ description: 'Conduite de ligne, contrôle qualité.' })
      .expect(200);
    expect(text.body).toMatchObject({ statut: 'publiee', versionCriteres: 1 });
    const moved = await ctx
      .http()
      .patch(`/offres/${id}`)
      .set(bearer(emp.token))
      .send({ communeInsee: '59009' })
      .expect(200);
    expect(moved.body).toMatchObject({
      statut: 'publiee',
      versionCriteres: 2,
      communeInsee: '59009',
    });
    const log = await ctx.http().get(`/offres/${id}/historique`).set(cre).expect(200);
    const edits = log.body.filter((t: { action: string }) => t.action === 'modification');
    expect(edits).toHaveLength(2);
    expect(edits[1].changes.communeInsee).toEqual({ avant: '59350', apres: '59009' });
    expect(edits[1]).toMatchObject({
      fromStatut: 'publiee',
      toStatut: 'publiee',
      byRole: 'employeur',
    });
    await waitFor(
      async () =>
        (await events.getJobs(['completed', 'waiting', 'active'])).find(
          (j) =>
            j.name === DOMAIN_EVENT.OFFRE_CRITERES_MODIFIES &&
            j.data.offreId === id &&
            j.data.version === 2,
        ),
      { what: 'offre.criteres_modifies' },
    );
  });

  it('lists with filters, sorting and pagination', async () => {
    const all = await ctx.http().get('/offres').query({ parPage: 100 }).set(cre).expect(200);
    expect(all.body.total).toBeGreaterThan(5);
    const domaine = await ctx
      .http()
      .get('/offres')
      .query({ rome: 'G', parPage: 100 })
      .set(cre)
      .expect(200);
    expect(domaine.body.items.length).toBeGreaterThan(0);
    expect(domaine.body.items.every((o: { codeRome: string }) => o.codeRome.startsWith('G'))).toBe(
      true,
    );
    const published = await ctx
      .http()
      .get('/offres')
      .query({ statut: 'publiee' })
      .set(cre)
      .expect(200);
    expect(published.body.items.every((o: { statut: string }) => o.statut === 'publiee')).toBe(
      true,
    );
    const page2 = await ctx
      .http()
      .get('/offres')
      .query({ parPage: 2, page: 2, tri: 'titre' })
      .set(cre)
      .expect(200);
    expect(page2.body).toMatchObject({ page: 2, parPage: 2, total: all.body.total });
    const titles = all.body.items
      .map((o: { titre: string }) => o.titre)
      .sort((a: string, b: string) => a.localeCompare(b));
    expect(page2.body.items).toHaveLength(2);
    // Radius: Villeneuve-d'Ascq (59009) is about 8 km from Lille; Roubaix-area searches find both.
    const lille0 = await ctx
      .http()
      .get('/offres')
      .query({ communeInsee: '59350', parPage: 100 })
      .set(cre)
      .expect(200);
    expect(
      lille0.body.items.some((o: { communeInsee: string }) => o.communeInsee === '59009'),
    ).toBe(false);
    const lille15 = await ctx
      .http()
      .get('/offres')
      .query({ communeInsee: '59350', rayonKm: 15, parPage: 100 })
      .set(cre)
      .expect(200);
    expect(
      lille15.body.items.some((o: { communeInsee: string }) => o.communeInsee === '59009'),
    ).toBe(true);
    const far = await ctx
      .http()
      .get('/offres')
      .query({ communeInsee: '67482', rayonKm: 50 })
      .set(cre)
      .expect(200);
    expect(far.body.total).toBe(0);
    const bad = await ctx
      .http()
      .get('/offres')
      .query({ typeContrat: 'STAGE' })
      .set(cre)
      .expect(400);
    expect(bad.body.field).toBe('typeContrat');
    expect(titles.length).toBe(all.body.items.length);
  });
});

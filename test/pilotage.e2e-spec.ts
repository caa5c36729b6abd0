import { UsersService } from '@app/accounts';
import { CoreModule, OutboxEvent, QUEUE, Role } from '@app/core';
import { PilotageRebuildModule, PilotageRebuildService } from '@app/pilotage';
import { Test } from '@nestjs/testing';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { Workbook } from 'exceljs';
import { randomUUID } from 'node:crypto';
import { bearer, PASSWORD, seedStructure, SeededStructure } from './support/fixtures';
import { offreBody } from './support/pilotage-offre';
import { Employeur, entrepriseWithEmployer } from './support/offres-fixtures';
import { ATTENDU, EvenementBrut, genererAnnee } from './support/pilotage-annee';
import { createTestContext, TestContext } from './support/test-context';
import { waitFor } from './support/wait-for';

const ANNEE = { du: '2025-01-01', au: '2025-12-31' };

describe('Pilotage : le rapport annuel depuis les faits', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let autre: SeededStructure;
  let events: Queue;
  let annee: ReturnType<typeof genererAnnee>;

  beforeAll(async () => {
    ctx = await createTestContext({ worker: true, env: { OUTBOX_POLL_MS: '50' } });
    ml = await seedStructure(ctx, 'ml-pilotage');
    autre = await seedStructure(ctx, 'ml-pilotage-autre');
    events = ctx.api.get<Queue>(getQueueToken(QUEUE.EVENTS));
    annee = genererAnnee(ml.id, [ml.users.cre.id, ml.users.admin.id]);
  });
  afterAll(() => ctx.close());

  const faits = async (structureId = ml.id): Promise<number> =>
    (
      await ctx.dataSource.query(
        'SELECT count(*)::int AS n FROM pilotage_faits WHERE structure_id = $1',
        [structureId],
      )
    )[0].n;
  const inserer = (evts: EvenementBrut[]) =>
    ctx.dataSource.getRepository(OutboxEvent).insert(evts.map((e) => ({ ...e }) as never));
  /** Every outbox row relayed and every event job done. */
  const draine = () =>
    waitFor(
      async () => {
        const [{ n }] = await ctx.dataSource.query(
          'SELECT count(*)::int AS n FROM outbox_events WHERE published_at IS NULL',
        );
        const c = await events.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
        return n === 0 && Object.values(c).every((x) => x === 0);
      },
      { timeoutMs: 60000, what: 'events processed' },
    );
  const rapport = async (query: Record<string, string> = ANNEE, token = ml.users.cre.token) =>
    (await ctx.http().get('/pilotage/rapport').query(query).set(bearer(token)).expect(200)).body;
  const valeur = (r: any, code: string) => r.indicateurs.find((i: any) => i.code === code);
  const ligne = (r: any, code: string, cle: string) =>
    valeur(r, code).lignes.find((l: any) => l.cle === cle)?.valeur;

  let reference: any;

  it('reproduces each figure of a generated year exactly, with its definition', async () => {
    await inserer(annee.events);
    await waitFor(async () => (await faits()) === annee.events.length, {
      timeoutMs: 60000,
      what: 'all facts recorded',
    });
    const r = await rapport();
    reference = r;
    for (const [code, attendu] of Object.entries(ATTENDU)) {
      expect({ code, valeur: valeur(r, code).valeur }).toEqual({ code, valeur: attendu });
    }
    for (const i of r.indicateurs) {
      expect(i.libelle).toBeTruthy();
      expect(i.definition).toBeTruthy();
      expect(i.date).toBeTruthy();
    }
    expect(r.periodePrecedente).toEqual({ du: '2024-01-01', au: '2024-12-31' });
    // The offer entered at 23:30 on 31 December 2024 in Paris belongs to 2024; 00:30 on 1 January to 2025.
    expect(valeur(r, 'offres_recues').precedent).toBe(1);
    expect(valeur(r, 'offres_publiees').precedent).toBe(0);
    expect(ligne(r, 'offres_publiees', 'domaine:K')).toBe(6);
    expect(ligne(r, 'offres_publiees', 'domaine:M')).toBe(5);
    expect(ligne(r, 'offres_publiees', 'domaine:N')).toBe(4);
    expect(ligne(r, 'offres_publiees', 'contrat:CDD')).toBe(8);
    expect(ligne(r, 'offres_pourvues', 'domaine:K')).toBe(6);
    expect(ligne(r, 'recrutements', 'CDD')).toBe(7);
    expect(ligne(r, 'recrutements', 'CDI')).toBe(2);
    expect(ligne(r, 'issues', 'non_retenue:profil')).toBe(6);
    expect(ligne(r, 'issues', 'non_retenue:absence_entretien')).toBe(3);
    expect(ligne(r, 'issues', 'sans_reponse_employeur')).toBe(3);
    expect(valeur(r, 'candidats_par_offre').lignes.map((l: any) => [l.cle, l.valeur])).toEqual([
      ['0', 3],
      ['1', 3],
      ['2', 9],
    ]);
    expect(ligne(r, 'pmsmp', 'decouvrir')).toBe(10);
    expect(ligne(r, 'pmsmp', 'confirmer')).toBe(4);
    expect(ligne(r, 'pmsmp', 'recruter')).toBe(6);
    expect(ligne(r, 'pmsmp_bilans', 'realisee')).toBe(12);
    expect(ligne(r, 'pmsmp_bilans', 'partielle')).toBe(5);
    expect(ligne(r, 'pmsmp_bilans', 'non_realisee')).toBe(3);
    expect(ligne(r, 'messages_envoyes', 'email')).toBe(30);
    expect(ligne(r, 'messages_envoyes', 'sms')).toBe(20);
    expect(ligne(r, 'messages_delivres', 'sms')).toBe(15);
    expect(ligne(r, 'messages_echecs', 'email')).toBe(2);
    expect(ligne(r, 'messages_echecs', 'sms')).toBe(3);
    expect(ligne(r, 'jeunes_contactes', 'email')).toBe(10);
    expect(ligne(r, 'jeunes_contactes', 'sms')).toBe(12);
    expect(r.parCre).toEqual(
      expect.arrayContaining([
        { creId: ml.users.cre.id, publiees: 6, recrutements: 6 },
        { creId: ml.users.admin.id, publiees: 9, recrutements: 3 },
      ]),
    );
  });

  it('filters by domain and by CRE; another structure sees none of it', async () => {
    const k = await rapport({ ...ANNEE, domaine: 'K' });
    expect(valeur(k, 'offres_publiees').valeur).toBe(6);
    expect(valeur(k, 'recrutements').valeur).toBe(6);
    expect(valeur(k, 'mises_en_relation').valeur).toBe(12);
    const cre2 = await rapport({ ...ANNEE, cre: ml.users.admin.id });
    expect(valeur(cre2, 'offres_publiees').valeur).toBe(9);
    expect(valeur(cre2, 'recrutements').valeur).toBe(3);
    const ailleurs = await rapport(ANNEE, autre.users.cre.token);
    expect(valeur(ailleurs, 'offres_recues').valeur).toBe(0);
    expect(valeur(ailleurs, 'messages_envoyes').valeur).toBe(0);
  });

  it('counts events delivered twice once', async () => {
    const avant = await faits();
    // The same events again, as new outbox rows (a replay, a relay publishing twice).
    await inserer(annee.events);
    await draine();
    expect(await faits()).toBe(avant);
    expect(await rapport()).toEqual(reference);
  });

  it('edits after the period leave its figures unchanged', async () => {
    const [offre0] = annee.offreIds;
    const base = { structureId: ml.id, offreId: offre0, entrepriseId: annee.entrepriseIds[0] };
    const tard: EvenementBrut[] = [
      ['modification', 'pourvue', 'pourvue', 'A1101', 'CDI'],
      ['rouvrir', 'pourvue', 'publiee', 'A1101', 'CDI'],
      ['pourvue', 'publiee', 'pourvue', 'A1101', 'CDI'],
    ].map(([action, from, to, codeRome, typeContrat], k) => ({
      type: 'offre.transition',
      aggregateId: offre0,
      payload: {
        ...base,
        transitionId: randomUUID(),
        action,
        fromStatut: from,
        toStatut: to,
        byUserId: ml.users.cre.id,
        codeRome,
        typeContrat,
        at: `2026-02-0${k + 1}T10:00:00.000Z`,
      },
    }));
    const merId = randomUUID();
    tard.push({
      type: 'mer.transition',
      aggregateId: merId,
      payload: {
        transitionId: randomUUID(),
        merId,
        offreId: offre0,
        jeuneId: randomUUID(),
        structureId: ml.id,
        creId: null,
        action: 'recruter',
        fromStatut: 'entretien',
        toStatut: 'recrutee',
        byRole: 'employeur',
        motifCode: null,
        typeContrat: 'CDI',
        at: '2026-02-05T10:00:00.000Z',
      },
    });
    // A 2025 immersion's situation at 3 months answered in 2026, and a later log row.
    const [{ sujet_id: pmsmpId, jeune_id: jeuneId, objectif }] = await ctx.dataSource.query(
      `SELECT sujet_id, min(jeune_id::text) AS jeune_id, min(objectif) AS objectif
       FROM pilotage_faits WHERE structure_id = $1 AND nature = 'pmsmp_situation'
       GROUP BY sujet_id HAVING count(*) = 2 LIMIT 1`,
      [ml.id],
    );
    const pmsmp = { pmsmpId, structureId: ml.id, jeuneId, objectif };
    tard.push(
      {
        type: 'pmsmp.situation',
        aggregateId: pmsmpId,
        payload: { ...pmsmp, echeanceJours: 90, enEmploi: true, at: '2026-02-06T10:00:00.000Z' },
      },
      {
        type: 'pmsmp.transition',
        aggregateId: pmsmpId,
        payload: {
          ...pmsmp,
          transitionId: randomUUID(),
          fromStatut: 'validee',
          toStatut: 'validee',
          at: '2026-02-07T10:00:00.000Z',
        },
      },
    );
    const avant = await faits();
    await inserer(tard);
    await waitFor(async () => (await faits()) === avant + tard.length, { what: 'late facts' });
    expect(await rapport()).toEqual(reference);
    const y2026 = await rapport({ du: '2026-01-01', au: '2026-12-31' });
    expect(valeur(y2026, 'recrutements').valeur).toBe(1);
    expect(valeur(y2026, 'pmsmp_emploi_3_mois').valeur).toBe(1);
    expect(valeur(y2026, 'pmsmp').valeur).toBe(0);
    // The offer's domain stays the one it was published with.
    expect(ligne(y2026, 'offres_pourvues', 'domaine:A')).toBe(1);
    const k = await rapport({ du: '2026-01-01', au: '2026-12-31', domaine: 'K' });
    expect(valeur(k, 'recrutements').valeur).toBe(1);
  });

  it('exports CSV and XLSX with the same figures', async () => {
    const csv = await ctx
      .http()
      .get('/pilotage/rapport/csv')
      .query(ANNEE)
      .set(bearer(ml.users.admin.token))
      .expect(200)
      .expect('Content-Type', /text\/csv/);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    expect(csv.text).toContain('Offres publiées;;15;0;nombre;');
    expect(csv.text).toContain('Part des recrutements en CDD;;0,778;');
    const xlsx = await ctx
      .http()
      .get('/pilotage/rapport/xlsx')
      .query(ANNEE)
      .set(bearer(ml.users.admin.token))
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const wb = new Workbook();
    await wb.xlsx.load(xlsx.body);
    const rows = wb.getWorksheet('Rapport')!.getSheetValues() as unknown[][];
    const publiees = rows.find((r) => r?.[1] === 'Offres publiées' && r[2] === '');
    expect(publiees?.[3]).toBe(15);
  });

  it('is documented in OpenAPI', async () => {
    const doc = (await ctx.http().get('/docs-json').expect(200)).body;
    for (const path of [
      '/pilotage/rapport',
      '/pilotage/rapport/csv',
      '/pilotage/rapport/xlsx',
      '/pilotage/reseau',
      '/pilotage/reseau/adhesion',
    ]) {
      expect(doc.paths[path]).toBeDefined();
    }
    expect(doc.components.schemas.RapportSchema).toBeDefined();
  });

  it('refuses bad input with a French message naming the field, and other roles', async () => {
    const bad = async (query: Record<string, string>, field: string) => {
      const res = await ctx
        .http()
        .get('/pilotage/rapport')
        .query(query)
        .set(bearer(ml.users.cre.token))
        .expect(400);
      expect(res.body.field).toBe(field);
      expect(res.body.detail).toMatch(/[ée]/);
    };
    await bad({ du: '2025-13-01' }, 'du');
    await bad({ domaine: 'Z' }, 'domaine');
    await bad({ cre: 'pas-un-uuid' }, 'cre');
    await bad({ du: '2025-06-01', au: '2025-01-01' }, 'au');
    await ctx.http().get('/pilotage/rapport').set(bearer(ml.users.conseiller.token)).expect(403);
    await ctx.http().get('/pilotage/rapport').set(bearer(ml.users.employeur.token)).expect(403);
  });

  it('shows the network only to structures that agreed, by region and department', async () => {
    const reseau = (token: string, par = 'departement') =>
      ctx
        .http()
        .get('/pilotage/reseau')
        .query({ ...ANNEE, par })
        .set(bearer(token));
    expect((await reseau(ml.users.admin.token).expect(403)).body.code).toBe('FORBIDDEN');
    await ctx
      .http()
      .put('/pilotage/reseau/adhesion')
      .set(bearer(ml.users.admin.token))
      .send({ departement: '99' })
      .expect(400);
    for (const [s, d] of [
      [ml, '59'],
      [autre, '75'],
    ] as const) {
      await ctx
        .http()
        .put('/pilotage/reseau/adhesion')
        .set(bearer(s.users.admin.token))
        .send({ departement: d })
        .expect(200);
    }
    const r = (await reseau(ml.users.admin.token).expect(200)).body;
    expect(r.national.structures).toBe(2);
    expect(valeur(r.national, 'offres_publiees').valeur).toBe(15);
    expect(r.groupes.map((g: any) => [g.code, g.nom, g.structures])).toEqual([
      ['59', 'Nord', 1],
      ['75', 'Paris', 1],
    ]);
    const regions = (await reseau(ml.users.admin.token, 'region').expect(200)).body;
    expect(regions.groupes.map((g: any) => g.code)).toEqual(['11', '32']);
    await reseau(ml.users.cre.token).expect(403);
    // The platform's operator sees the network without a structure of its own sharing.
    await ctx.api.get(UsersService).ensure({
      structureId: ml.id,
      email: 'operateur@pilotage.test',
      role: Role.OPERATEUR,
      prenom: 'Opé',
      nom: 'Rateur',
      password: PASSWORD,
    });
    const op = await ctx
      .http()
      .post('/auth/login')
      .send({ email: 'operateur@pilotage.test', password: PASSWORD })
      .expect(200);
    expect((await reseau(op.body.accessToken).expect(200)).body.national.structures).toBe(2);
    const adhesion = await ctx
      .http()
      .get('/pilotage/reseau/adhesion')
      .set(bearer(autre.users.admin.token))
      .expect(200);
    expect(adhesion.body).toEqual({ adhere: true, departement: '75', region: '11' });
  });

  it('the network’s figures are its structures’ figures added up, where they add up', async () => {
    const trois = await seedStructure(ctx, 'ml-pilotage-trois');
    await ctx
      .http()
      .put('/pilotage/reseau/adhesion')
      .set(bearer(trois.users.admin.token))
      .send({ departement: '69' })
      .expect(200);
    const sienne = genererAnnee(trois.id, [trois.users.cre.id, trois.users.admin.id]);
    await inserer(sienne.events);
    await waitFor(async () => (await faits(trois.id)) === sienne.events.length, {
      timeoutMs: 60000,
      what: 'the third structure’s facts',
    });
    const national = (
      await ctx
        .http()
        .get('/pilotage/reseau')
        .query(ANNEE)
        .set(bearer(ml.users.admin.token))
        .expect(200)
    ).body.national;
    const parts = [
      await rapport(),
      await rapport(ANNEE, autre.users.cre.token),
      await rapport(ANNEE, trois.users.cre.token),
    ];
    expect(national.structures).toBe(3);
    expect(valeur(parts[2], 'offres_publiees').valeur).toBe(ATTENDU.offres_publiees);
    // Distinct entreprises and jeunes add up too: each structure has its own.
    const ADDITIFS = [
      'entreprises',
      'offres_recues',
      'offres_publiees',
      'offres_pourvues',
      'offres_terminees',
      'propositions',
      'mises_en_relation',
      'jeunes_presentes',
      'issues',
      'recrutements',
      'pmsmp',
      'pmsmp_bilans',
      'messages_envoyes',
      'messages_delivres',
      'messages_echecs',
      'jeunes_contactes',
    ];
    for (const code of ADDITIFS) {
      const somme = (k: 'valeur' | 'precedent') =>
        parts.reduce((t, p) => t + (valeur(p, code)[k] ?? 0), 0);
      expect({
        code,
        v: valeur(national, code).valeur,
        p: valeur(national, code).precedent,
      }).toEqual({ code, v: somme('valeur'), p: somme('precedent') });
      for (const l of valeur(national, code).lignes) {
        const s = parts.reduce((t, p) => t + (ligne(p, code, l.cle) ?? 0), 0);
        expect({ code, cle: l.cle, v: l.valeur }).toEqual({ code, cle: l.cle, v: s });
      }
    }
    // Shares are taken on the whole: the network's share of CDD is the CDD hires over all hires.
    const cdd = parts.reduce((t, p) => t + (ligne(p, 'recrutements', 'CDD') ?? 0), 0);
    const tous = parts.reduce((t, p) => t + valeur(p, 'recrutements').valeur, 0);
    expect(valeur(national, 'part_cdd').valeur).toBe(Math.round((cdd / tous) * 1000) / 1000);
  });

  it('the worker keeps the default report parts up to date after events; the report then computes none', async () => {
    const ml3 = await seedStructure(ctx, 'ml-pilotage-parts');
    const maintenance = ctx.api.get<Queue>(getQueueToken(QUEUE.MAINTENANCE));
    const y = Number(
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', year: 'numeric' }).format(
        new Date(),
      ),
    );
    const cles = [y, y - 1].map((a) => `${a}-01-01|${a}-12-31||`);
    // A burst of 10 offers entered now, through the outbox.
    const burst = Array.from({ length: 10 }, () => {
      const offreId = randomUUID();
      return {
        type: 'offre.transition',
        aggregateId: offreId,
        payload: {
          transitionId: randomUUID(),
          offreId,
          structureId: ml3.id,
          entrepriseId: randomUUID(),
          action: 'creation',
          fromStatut: null,
          toStatut: 'brouillon',
          byUserId: null,
          codeRome: 'K1302',
          typeContrat: 'CDD',
          at: new Date().toISOString(),
        },
      } as EvenementBrut;
    });
    await inserer(burst);
    const parts = (): Promise<{ cle: string; version: string; calcule_at: Date }[]> =>
      ctx.dataSource.query(
        `SELECT s.cle, s.version, s.calcule_at FROM pilotage_syntheses s
         JOIN pilotage_versions v ON v.structure_id = s.structure_id AND v.version = s.version
         WHERE s.structure_id = $1 AND s.cle = ANY($2) ORDER BY s.cle`,
        [ml3.id, cles],
      );
    // The worker's jobs bring both default parts to the version of the 10 facts.
    await waitFor(async () => (await faits(ml3.id)) === 10 && (await parts()).length === 2, {
      timeoutMs: 20000,
      what: 'default parts kept at the current version',
    });
    await draine();
    await waitFor(
      async () =>
        (await maintenance.getJobs(['waiting', 'active', 'delayed', 'prioritized'])).every(
          (j) => j.data?.structureId !== ml3.id,
        ),
      { timeoutMs: 20000, what: 'parts jobs done' },
    );
    const gardees = await parts();
    expect(gardees).toHaveLength(2);
    // Debounced: the burst gave fewer recomputations than events (one per year and window).
    const jobs = (await maintenance.getJobs(['completed'])).filter(
      (j) => j.name === 'pilotage-parts' && j.data.structureId === ml3.id,
    );
    expect(jobs.length).toBeGreaterThanOrEqual(2);
    expect(jobs.length).toBeLessThan(2 * burst.length);
    // The default report (this year and the one before) reads them: no part computed on request.
    const r = await rapport({}, ml3.users.cre.token);
    expect(valeur(r, 'offres_recues').valeur).toBe(10);
    expect(await parts()).toEqual(gardees);
  });

  describe('from the modules themselves', () => {
    let emp: Employeur;

    it('an offer published through the API becomes facts within seconds', async () => {
      emp = await entrepriseWithEmployer(ctx, autre, '59350');
      const started = Date.now();
      const offre = await ctx
        .http()
        .post('/offres')
        .set(bearer(emp.token))
        .send(offreBody(emp.entrepriseId))
        .expect(201);
      await ctx
        .http()
        .post(`/offres/${offre.body.id}/soumettre`)
        .set(bearer(emp.token))
        .expect(200);
      await ctx
        .http()
        .post(`/offres/${offre.body.id}/valider`)
        .set(bearer(autre.users.cre.token))
        .expect(200);
      await waitFor(
        async () =>
          (
            await ctx.dataSource.query(
              `SELECT 1 FROM pilotage_faits WHERE offre_id = $1 AND to_statut = 'publiee'`,
              [offre.body.id],
            )
          ).length === 1,
        { timeoutMs: 5000, what: 'publication fact' },
      );
      const delai = Date.now() - started;
      expect(delai).toBeLessThan(5000);
      const r = await rapport({}, autre.users.cre.token);
      expect(valeur(r, 'offres_recues').valeur).toBe(1);
      expect(valeur(r, 'offres_publiees').valeur).toBe(1);
      expect(ligne(r, 'offres_publiees', 'domaine:G')).toBe(1);
    });

    it('the rebuild restores the facts from the modules’ history, and twice adds nothing', async () => {
      const offres = () =>
        ctx.dataSource.query(
          `SELECT source, occurred_at, domaine, contrat, to_statut FROM pilotage_faits
           WHERE structure_id = $1 AND nature = 'offre' ORDER BY source`,
          [autre.id],
        );
      const live = await offres();
      expect(live).toHaveLength(3);
      const rapportLive = await rapport({}, autre.users.cre.token);
      await ctx.dataSource.query('DELETE FROM pilotage_faits WHERE structure_id = $1', [autre.id]);
      await ctx.dataSource.query('DELETE FROM pilotage_offres WHERE structure_id = $1', [autre.id]);
      const moduleRef = await Test.createTestingModule({
        imports: [CoreModule.forRoot('cli', ctx.env), PilotageRebuildModule],
      }).compile();
      const app = await moduleRef.createNestApplication({ logger: false }).init();
      try {
        const rebuild = app.get(PilotageRebuildService);
        const first = await rebuild.reconstruire();
        expect(first.ajoutes['offre.transition']).toBe(3);
        expect(await offres()).toEqual(live);
        expect(await rapport({}, autre.users.cre.token)).toEqual(rapportLive);
        const second = await rebuild.reconstruire();
        expect(Object.values(second.ajoutes).every((n) => n === 0)).toBe(true);
      } finally {
        await app.close();
      }
    });
  });
});

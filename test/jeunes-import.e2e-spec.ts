import { FixedClock } from '@app/core';
import { ConsentSource, JeunesImportJobs, JeunesService } from '@app/jeunes';
import { bearer, seedStructure, SeededStructure } from './support/fixtures';
import { IMPORT_HEADER, importRow, toCsv, windows1252 } from './support/jeunes-csv';
import { createTestContext, TestContext } from './support/test-context';
import { waitFor } from './support/wait-for';

const clock = new FixedClock(new Date('2026-12-01T08:00:00Z'));
const col = (name: string) => IMPORT_HEADER.indexOf(name);

describe('Jeunes : import CSV du SI de la Mission Locale', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let admin: Record<string, string>;
  let rows: string[][];

  beforeAll(async () => {
    ctx = await createTestContext({ clock, worker: true });
    ml = await seedStructure(ctx, 'ml-import');
    admin = bearer(ml.users.admin.token);
    rows = Array.from({ length: 1000 }, (_, i) => importRow(i, ml.users.conseiller.email));
    rows[99][col('telephone')] = '0612';
    rows[499][col('date_naissance')] = '01/06/2011'; // 15 years old
    rows[899][col('fiches_rome')] = 'G1603|A9999';
  });
  afterAll(() => ctx.close());

  const upload = (body: string | Buffer, headers = admin, type = 'text/csv') =>
    ctx.http().post('/jeunes/import').set(headers).set('Content-Type', type).send(body);
  /** Uploads (202 + Location), then polls the status resource until the worker is done. */
  const importe = async (body: string | Buffer, headers = admin, type = 'text/csv') => {
    const accepted = await upload(body, headers, type).expect(202);
    const location = accepted.headers.location as string;
    expect(location).toBe(`/jeunes/import/${accepted.body.id}`);
    const done = await waitFor(
      async () => {
        const res = await ctx.http().get(location).set(headers);
        return ['termine', 'echec'].includes(res.body.statut) ? res.body : undefined;
      },
      { timeoutMs: 30000, what: 'import terminé' },
    );
    expect(done.statut).toBe('termine');
    return { body: done.rapport };
  };
  const counts = async () =>
    (
      await ctx.dataSource.query(`SELECT
        (SELECT count(*)::int FROM jeunes) AS jeunes,
        (SELECT count(*)::int FROM jeune_audit) AS audit,
        (SELECT count(*)::int FROM jeune_consentements) AS consentements,
        (SELECT count(*)::int FROM outbox_events) AS evenements,
        (SELECT max(updated_at) FROM jeunes) AS modifie`)
    )[0];

  it('imports the 997 good rows of 1,000 and reports the 3 bad ones with their column', async () => {
    const res = await importe(toCsv([IMPORT_HEADER, ...rows]));
    expect(res.body).toMatchObject({
      encodage: 'utf-8',
      separateur: ';',
      total: 1000,
      crees: 997,
      modifies: 0,
      inchanges: 0,
      rejetes: 3,
      colonnesIgnorees: [],
    });
    const rejets = res.body.lignes.filter((l: { statut: string }) => l.statut === 'rejete');
    expect(rejets).toEqual([
      {
        ligne: 101,
        idExterne: 'IMILO-0000099',
        statut: 'rejete',
        colonne: 'telephone',
        motif: expect.stringContaining("n'est pas valide"),
      },
      {
        ligne: 501,
        idExterne: 'IMILO-0000499',
        statut: 'rejete',
        colonne: 'date_naissance',
        motif: expect.stringContaining('au moins 16 ans'),
      },
      {
        ligne: 901,
        idExterne: 'IMILO-0000899',
        statut: 'rejete',
        colonne: 'fiches_rome',
        motif: expect.stringContaining("A9999 n'existe pas"),
      },
    ]);
    expect(res.body.lignes[0]).toMatchObject({
      ligne: 2,
      statut: 'cree',
      jeuneId: expect.any(String),
    });
    const after = await counts();
    expect(after.jeunes).toBe(997);
    expect(after.evenements).toBe(997);
    const [j] = await ctx.dataSource.query(
      `SELECT *, date_naissance::text AS naissance FROM jeunes WHERE id_externe = 'IMILO-0000001'`,
    );
    expect(j).toMatchObject({
      prenom: 'Lina',
      naissance: '2002-02-02',
      telephone: '+33611000000',
      telephone_mobile: true,
      fiches_rome: ['D1507', 'G1803'],
      conseiller_id: ml.users.conseiller.id,
      consent_email_source: ConsentSource.IMPORT,
    });
  });

  it('changes nothing when the same file comes again: every row unchanged', async () => {
    const before = await counts();
    const res = await importe(toCsv([IMPORT_HEADER, ...rows]));
    expect(res.body).toMatchObject({ crees: 0, modifies: 0, inchanges: 997, rejetes: 3 });
    expect(await counts()).toEqual(before);
  });

  it('reads Windows-1252 with commas, updates by external id, keeps a consent the jeune withdrew', async () => {
    const id = (
      await ctx.dataSource.query(`SELECT id FROM jeunes WHERE id_externe = 'IMILO-0000002'`)
    )[0].id;
    await ctx.api.get(JeunesService).setConsent(id, 'sms', false, ConsentSource.SMS_STOP);
    const changed = rows.slice(0, 3).map((r) => [...r]);
    changed[0][col('nom')] = 'Lefèvre-Noël';
    changed[1][col('consentement_sms')] = 'oui';
    changed[2][col('rayon_mobilite_km')] = '40';
    const res = await importe(
      windows1252(toCsv([IMPORT_HEADER, ...changed], ',')),
      admin,
      'text/csv; charset=windows-1252',
    );
    expect(res.body).toMatchObject({
      encodage: 'windows-1252',
      separateur: ',',
      modifies: 2,
      inchanges: 1,
    });
    expect(res.body.lignes.map((l: any) => [l.statut, l.champs])).toEqual([
      ['modifie', ['nom']],
      ['inchange', undefined],
      ['modifie', ['rayonMobiliteKm']],
    ]);
    const [j] = await ctx.dataSource.query(
      `SELECT nom, version FROM jeunes WHERE id_externe = 'IMILO-0000000'`,
    );
    expect(j).toEqual({ nom: 'Lefèvre-Noël', version: 1 });
    const contact = await ctx.api.get(JeunesService).getContact(id);
    expect(contact?.consentSms).toBe(false);
    const [k] = await ctx.dataSource.query(
      `SELECT version FROM jeunes WHERE id_externe = 'IMILO-0000002'`,
    );
    expect(k.version).toBe(2);
  });

  it('refuses a file without a required column (400 naming it), a JSON body (415), and non-admins (403)', async () => {
    const sansNom = toCsv([IMPORT_HEADER.filter((h) => h !== 'nom'), ['X']]);
    const res = await upload(sansNom).expect(400);
    expect(res.body).toMatchObject({ code: 'JEUNE_IMPORT_INVALIDE', field: 'nom' });
    await upload('{}', admin, 'application/json').expect(415);
    await upload(toCsv([IMPORT_HEADER]), bearer(ml.users.employeur.token)).expect(403);
    await upload(toCsv([IMPORT_HEADER]), bearer(ml.users.cre.token)).expect(403);
  });

  it('reports a duplicated external id and an unknown conseiller, and reads quoted cells', async () => {
    const a = importRow(5000, ml.users.conseiller.email);
    const b = importRow(5000, 'inconnu@ml.test');
    const c = importRow(5001, 'inconnu@ml.test');
    a[col('adresse')] = '12, rue "du Port"';
    const res = await importe(toCsv([IMPORT_HEADER, a, b, c]));
    expect(res.body.lignes.map((l: any) => [l.statut, l.colonne])).toEqual([
      ['cree', undefined],
      ['rejete', 'id_externe'],
      ['rejete', 'conseiller_email'],
    ]);
    const [j] = await ctx.dataSource.query(
      `SELECT adresse FROM jeunes WHERE id_externe = 'IMILO-0005000'`,
    );
    expect(j.adresse).toBe('12, rue "du Port"');
  });

  it('runs an import once (the job again changes nothing), ends an unreadable file in echec, and scopes the status by structure', async () => {
    const jobs = ctx.api.get(JeunesImportJobs);
    const accepted = await upload(
      toCsv([IMPORT_HEADER, importRow(7000, ml.users.conseiller.email)]),
    ).expect(202);
    expect(accepted.body).toMatchObject({ statut: 'en_attente', lignesLues: 0 });
    await importe(toCsv([IMPORT_HEADER, importRow(7001, ml.users.conseiller.email)]));
    await waitFor(
      async () =>
        (await ctx.http().get(`/jeunes/import/${accepted.body.id}`).set(admin)).body.statut ===
        'termine',
      { what: 'the first import' },
    );
    const before = await counts();
    expect(await jobs.executer(accepted.body.id)).toEqual({ statut: 'termine' });
    expect(await counts()).toEqual(before);

    const [vide] = await ctx.dataSource.query(
      `INSERT INTO jeune_imports (structure_id, actor_role, statut, fichier, octets, created_at)
       VALUES ($1, 'admin', 'en_attente', $2, 0, now()) RETURNING id`,
      [ml.id, Buffer.alloc(0)],
    );
    expect(await jobs.executer(vide.id)).toEqual({ statut: 'echec' });
    const status = await ctx.http().get(`/jeunes/import/${vide.id}`).set(admin).expect(200);
    expect(status.body).toMatchObject({ statut: 'echec', erreur: 'Le fichier est vide.' });

    const autre = await seedStructure(ctx, 'ml-import-autre');
    await ctx
      .http()
      .get(`/jeunes/import/${accepted.body.id}`)
      .set(bearer(autre.users.admin.token))
      .expect(404);
  });
});

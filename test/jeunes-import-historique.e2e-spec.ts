import { FixedClock } from '@app/core';
import { ConsentSource, JeunesImportService, JeunesService } from '@app/jeunes';
import { Readable } from 'node:stream';
import { seedStructure, SeededStructure } from './support/fixtures';
import { IMPORT_HEADER, importRow, toCsv } from './support/jeunes-csv';
import { createTestContext, TestContext } from './support/test-context';

const NOW = '2026-12-01T08:00:00.000Z';
const clock = new FixedClock(new Date(NOW));
const col = (name: string) => IMPORT_HEADER.indexOf(name);
const SAISIS = [
  'idExterne',
  'nom',
  'prenom',
  'dateNaissance',
  'email',
  'telephone',
  'adresse',
  'codePostal',
  'communeInsee',
  'fichesRome',
  'experiences',
  'niveauDiplome',
  'rayonMobiliteKm',
  'permisB',
  'vehicule',
  'transportsCommun',
  'disponibleLe',
  'tempsPartielUniquement',
  'programme',
  'programmeDebut',
];

/** What an import writes beside the jeunes: consent history, status log, audit, outbox events. */
describe('Jeunes : import CSV, historique, audit et événements', () => {
  let ctx: TestContext;
  let ml: SeededStructure;
  let rows: string[][];

  beforeAll(async () => {
    ctx = await createTestContext({ clock });
    ml = await seedStructure(ctx, 'ml-import-historique');
    rows = [0, 1, 2, 3].map((i) => importRow(i, ml.users.conseiller.email));
    rows[2][col('consentement_email')] = '';
    rows[2][col('consentement_sms')] = '';
    rows[3][col('statut')] = 'en formation';
  });
  afterAll(() => ctx.close());

  const importe = (data: string[][]) =>
    ctx.api.get(JeunesImportService).import(Readable.from([toCsv([IMPORT_HEADER, ...data])]), {
      structureId: ml.id,
      actor: { userId: ml.users.admin.id, role: 'admin' },
    });
  const query = (sql: string) => ctx.dataSource.query(sql);
  /** Side rows per jeune (by external id), `at` as ISO text when it is the import's clock. */
  const historique = async () => ({
    consents:
      await query(`SELECT j.id_externe AS j, c.canal, c.donne, c.source, c.by_user_id AS par,
        c.at = '${NOW}' AS a_l_heure FROM jeune_consentements c JOIN jeunes j ON j.id = c.jeune_id
        ORDER BY 1, c.canal, c.at, c.donne`),
    transitions: await query(`SELECT j.id_externe AS j, t.from_statut AS de, t.to_statut AS vers,
        t.by_user_id AS par, t.by_role AS role, t.motif FROM jeune_statut_transitions t
        JOIN jeunes j ON j.id = t.jeune_id ORDER BY 1, t.at`),
    audits: await query(`SELECT j.id_externe AS j, a.action, a.champs, a.actor_user_id AS par,
        a.actor_role AS role, a.structure_id = j.structure_id AS structure FROM jeune_audit a
        JOIN jeunes j ON j.id = a.jeune_id ORDER BY 1, a.at`),
    events: await query(`SELECT j.id_externe AS j, e.type, e.payload = jsonb_build_object('jeuneId',
        j.id, 'version', e.payload->'version') AS pour_lui, e.payload->'version' AS version,
        e.created_at = '${NOW}' AS a_l_heure, e.published_at FROM outbox_events e
        JOIN jeunes j ON j.id = e.aggregate_id ORDER BY 1, e.payload->'version'`),
    jeunes: await query(`SELECT id_externe AS j, statut, version, row_version, consent_email,
        consent_email_at = '${NOW}' AS email_a_l_heure, consent_email_source, consent_sms,
        consent_sms_source, created_at = '${NOW}' AS cree_a_l_heure FROM jeunes ORDER BY 1`),
  });

  it('writes, for each new jeune, its consents, its first status, a creation audit and an event', async () => {
    const report = await importe(rows);
    expect(report).toMatchObject({ crees: 4, rejetes: 0 });
    const admin = ml.users.admin.id;
    const h = await historique();
    const consent = (j: number, canal: string, donne: boolean) => ({
      j: `IMILO-000000${j}`,
      canal,
      donne,
      source: 'import',
      par: admin,
      a_l_heure: true,
    });
    expect(h.consents).toEqual([
      consent(0, 'email', true),
      consent(0, 'sms', false),
      consent(1, 'email', true),
      consent(1, 'sms', true),
      consent(3, 'email', true),
      consent(3, 'sms', false),
    ]);
    expect(h.transitions).toEqual(
      [0, 1, 2, 3].map((i) => ({
        j: `IMILO-000000${i}`,
        de: null,
        vers: i === 3 ? 'en_formation' : 'actif',
        par: admin,
        role: 'import',
        motif: null,
      })),
    );
    expect(h.audits).toEqual(
      [0, 1, 2, 3].map((i) => ({
        j: `IMILO-000000${i}`,
        action: 'import_creation',
        champs: SAISIS,
        par: admin,
        role: 'admin',
        structure: true,
      })),
    );
    expect(h.events).toEqual(
      [0, 1, 2, 3].map((i) => ({
        j: `IMILO-000000${i}`,
        type: 'jeune.modifie',
        pour_lui: true,
        version: 1,
        a_l_heure: true,
        published_at: null,
      })),
    );
    expect(h.jeunes[2]).toEqual({
      j: 'IMILO-0000002',
      statut: 'actif',
      version: 1,
      row_version: 1,
      consent_email: false,
      email_a_l_heure: null,
      consent_email_source: null,
      consent_sms: false,
      consent_sms_source: null,
      cree_a_l_heure: true,
    });
    expect(h.jeunes[0]).toMatchObject({
      consent_email: true,
      email_a_l_heure: true,
      consent_email_source: 'import',
      consent_sms: false,
      consent_sms_source: 'import',
    });
  });

  it('logs on a re-import only what changed, and leaves a consent the jeune gave himself', async () => {
    const avant = await historique();
    const [{ id }] = await query(`SELECT id FROM jeunes WHERE id_externe = 'IMILO-0000001'`);
    await ctx.api.get(JeunesService).setConsent(id, 'sms', false, ConsentSource.SMS_STOP);
    const changed = rows.map((r) => [...r]);
    changed[0][col('nom')] = 'Autre-Nom';
    changed[0][col('statut')] = 'sorti';
    changed[0][col('consentement_sms')] = 'oui';
    changed[1][col('consentement_sms')] = 'oui';
    changed[1][col('rayon_mobilite_km')] = '40';
    changed[2][col('consentement_email')] = 'non';
    changed[2][col('consentement_sms')] = 'oui';
    const report = await importe(changed);
    expect(report.lignes.map((l) => [l.statut, l.champs])).toEqual([
      ['modifie', ['nom', 'consentSms', 'statut']],
      ['modifie', ['rayonMobiliteKm']],
      ['modifie', ['consentSms']],
      ['inchange', undefined],
    ]);
    const admin = ml.users.admin.id;
    const h = await historique();
    const nouveaux = (a: any[], b: any[]): any[] => b.filter((x) => !a.some((y) => equals(x, y)));
    expect(nouveaux(avant.consents, h.consents)).toEqual([
      {
        j: 'IMILO-0000000',
        canal: 'sms',
        donne: true,
        source: 'import',
        par: admin,
        a_l_heure: true,
      },
      {
        j: 'IMILO-0000001',
        canal: 'sms',
        donne: false,
        source: 'sms_stop',
        par: null,
        a_l_heure: true,
      },
      {
        j: 'IMILO-0000002',
        canal: 'sms',
        donne: true,
        source: 'import',
        par: admin,
        a_l_heure: true,
      },
    ]);
    expect(nouveaux(avant.transitions, h.transitions)).toEqual([
      { j: 'IMILO-0000000', de: 'actif', vers: 'sorti', par: admin, role: 'import', motif: null },
    ]);
    expect(h.audits.filter((a: { action: string }) => a.action === 'import_modification')).toEqual(
      [
        ['IMILO-0000000', ['nom', 'consentSms', 'statut']],
        ['IMILO-0000001', ['rayonMobiliteKm']],
        ['IMILO-0000002', ['consentSms']],
      ].map(([j, champs]) => ({
        j,
        action: 'import_modification',
        champs,
        par: admin,
        role: 'admin',
        structure: true,
      })),
    );
    expect(
      nouveaux(avant.events, h.events).map((e: { j: string; version: number }) => [e.j, e.version]),
    ).toEqual([
      ['IMILO-0000000', 2],
      ['IMILO-0000001', 2],
    ]);
    expect(
      h.jeunes.map((j: Record<string, unknown>) => [j.j, j.statut, j.version, j.row_version]),
    ).toEqual([
      ['IMILO-0000000', 'sorti', 2, 2],
      ['IMILO-0000001', 'actif', 2, 3],
      ['IMILO-0000002', 'actif', 1, 2],
      ['IMILO-0000003', 'en_formation', 1, 1],
    ]);
    expect(h.jeunes[1]).toMatchObject({ consent_sms: false, consent_sms_source: 'sms_stop' });
    expect(h.jeunes[2]).toMatchObject({
      consent_email: false,
      consent_email_source: null,
      consent_sms: true,
      consent_sms_source: 'import',
    });
  });
});

const equals = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

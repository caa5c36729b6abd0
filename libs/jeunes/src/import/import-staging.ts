import { DOMAIN_EVENT } from '@app/core';
import { EntityManager } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { JeuneActor } from '../audit/jeune-audit.service';
import { Jeune } from '../entities/jeune.entity';
import { CHAMPS_SAISIS, JeuneValues } from '../profile/jeune-values';
import { copyIntoStaging } from './bulk-sql';

/** Derived from the entry, stored beside it. */
export const DERIVED = [
  'anneeNaissance',
  'telephoneMobile',
  'communeNom',
  'departement',
  'lat',
  'lon',
] as const;
export const CONSENT = {
  email: ['consentEmail', 'consentEmailAt', 'consentEmailSource'],
  sms: ['consentSms', 'consentSmsAt', 'consentSmsSource'],
} as const;
/** The jeunes' columns an import writes, in the staging table's COPY order. */
export const STAGED = [
  'id',
  ...CHAMPS_SAISIS,
  ...DERIVED,
  ...CONSENT.email,
  ...CONSENT.sms,
  'statut',
  'version',
  'derniereActiviteAt',
] as const satisfies readonly (keyof Jeune)[];
/**
 * After the jeune's columns, what the SQL needs to write the other tables' rows itself: a new
 * jeune or not, a consent to log per channel, the status before (a transition to log), the
 * audited fields (null: no audit row), an event or not. Built per row in JS, these rows cost
 * more CPU (objects, UUIDs, COPY text for five tables) than the database takes to derive them.
 */
export const FLAGS = [
  'nouveau boolean',
  'consent_email_log boolean',
  'consent_sms_log boolean',
  'transition boolean',
  'statut_avant jeune_statut',
  'audit_champs varchar(40)[]',
  'evenement boolean',
] as const;

const STAGING = 'staging_import_jeunes';

/** The staged columns' metadata (for their COPY cells) and the SQL that moves a batch. */
export function importStaging(m: EntityManager) {
  const meta = m.connection.getMetadata(Jeune);
  const cols: ColumnMetadata[] = STAGED.map((p) => meta.findColumnWithPropertyName(p)!);
  const names = cols.map((c) => `"${c.databaseName}"`);
  const flags = FLAGS.map((f) => f.split(' ')[0]);
  const shape = `SELECT *, ${FLAGS.map((f) => `NULL::${f.split(' ')[1]} AS ${f.split(' ')[0]}`).join(', ')} FROM jeunes`;
  const sets = names.filter((n) => n !== '"id"').map((n) => `${n} = x.${n}`);
  // $1 structure, $2 now, $3 actor's user id, $4 actor's role, $5 event type. Data-modifying
  // CTEs: one round trip; the foreign keys are checked at the end of the statement.
  const sql = `WITH
    creations AS (
      INSERT INTO jeunes (${names.join(', ')}, structure_id, created_at, updated_at, row_version)
      SELECT ${names.join(', ')}, $1::uuid, $2::timestamptz, $2::timestamptz, 1
      FROM ${STAGING} WHERE nouveau),
    modifications AS (
      UPDATE jeunes t SET ${sets.join(', ')}, row_version = t.row_version + 1, updated_at = now()
      FROM ${STAGING} x WHERE NOT x.nouveau AND t.id = x.id),
    consentements AS (
      INSERT INTO jeune_consentements (id, jeune_id, canal, donne, source, by_user_id, at)
      SELECT gen_random_uuid(), id, 'email', consent_email, 'import', $3::uuid, $2::timestamptz
      FROM ${STAGING} WHERE consent_email_log
      UNION ALL
      SELECT gen_random_uuid(), id, 'sms', consent_sms, 'import', $3::uuid, $2::timestamptz
      FROM ${STAGING} WHERE consent_sms_log),
    transitions AS (
      INSERT INTO jeune_statut_transitions (id, jeune_id, from_statut, to_statut, by_user_id, by_role, motif)
      SELECT gen_random_uuid(), id, statut_avant, statut, $3::uuid, 'import', NULL
      FROM ${STAGING} WHERE transition),
    audits AS (
      INSERT INTO jeune_audit (id, jeune_id, structure_id, actor_user_id, actor_role, action, champs)
      SELECT gen_random_uuid(), id, $1::uuid, $3::uuid, $4::varchar,
        CASE WHEN nouveau THEN 'import_creation' ELSE 'import_modification' END, audit_champs
      FROM ${STAGING} WHERE audit_champs IS NOT NULL)
    INSERT INTO outbox_events (id, type, aggregate_id, payload, created_at, published_at)
    SELECT gen_random_uuid(), $5::varchar, id, jsonb_build_object('jeuneId', id, 'version', version),
      $2::timestamptz, NULL
    FROM ${STAGING} WHERE evenement`;
  const columns = [...cols.map((c) => c.databaseName), ...flags];
  // The entity's column order, as the report and the audit listed changed fields before.
  const compared = new Set<string>([...CHAMPS_SAISIS, ...DERIVED]);
  const ordre = meta.columns
    .map((c) => c.propertyName)
    .filter((p) => compared.has(p)) as (keyof JeuneValues)[];
  return {
    cols,
    ordre,
    async write(
      pieces: readonly string[],
      ctx: { structureId: string; actor: JeuneActor; now: Date },
    ): Promise<void> {
      await copyIntoStaging(m, STAGING, shape, columns, pieces);
      const { structureId, actor, now } = ctx;
      const params = [structureId, now, actor.userId, actor.role, DOMAIN_EVENT.JEUNE_MODIFIE];
      await m.query(sql, params);
    },
  };
}

export type ImportStaging = ReturnType<typeof importStaging>;

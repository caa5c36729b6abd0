import { DOMAIN_EVENT, outboxInsertFromSql } from '@app/core';
import { MessageStatut } from './message-codes';

interface Queryable {
  query(sql: string, params?: unknown[]): Promise<any>;
}

/** The statuses the yearly report counts: a write to one of them records a `message.statut` fact. */
export const FACT_STATUTS: MessageStatut[] = [
  MessageStatut.ENVOYE,
  MessageStatut.DELIVRE,
  MessageStatut.ECHEC,
];

/** The `message.statut` payload (MessageStatutPayload) from the written row `u`; `at` is SQL. */
export const factPayloadSql = (at: string) =>
  `jsonb_build_object('messageId', u.id, 'structureId', u.structure_id, 'canal', u.canal::text,
     'destinataireType', u.destinataire_type::text, 'destinataireId', u.destinataire_id,
     'statut', u.statut::text, 'round', u.round, 'at', ${at})`;

/** The columns `u` must return for factPayloadSql. */
export const FACT_COLUMNS = `"id", "structure_id", "canal", "destinataire_type", "destinataire_id", "round", "statut"`;

export interface StatutWrite {
  to: MessageStatut;
  /** The statuses it may come from (MESSAGE_TRANSITIONS, or fewer). */
  from: MessageStatut[];
  /** Database columns to set, with their values. */
  set: Record<string, unknown>;
  /** Database columns that must equal these values (the row, the attempt, the provider id…). */
  where: Record<string, unknown>;
  /** When it happened (the fact's date). */
  at: Date;
}

/**
 * One conditioned status write and, when the new status is one the report counts, its
 * `message.statut` event in the same statement (a CTE): no extra round trip on the send path, and
 * never one without the other. A write that matches nothing (a duplicate webhook, a stale attempt)
 * records nothing. Returns the ids written.
 */
export async function writeStatut(q: Queryable, w: StatutWrite): Promise<string[]> {
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const sets = [
    `"statut" = ${p(w.to)}::message_statut`,
    `"updated_at" = now()`,
    ...Object.entries(w.set).map(([c, v]) => `"${c}" = ${p(v)}`),
  ];
  const conds = [
    ...Object.entries(w.where).map(([c, v]) => `"${c}" = ${p(v)}`),
    `"statut" = ANY(${p(w.from)}::message_statut[])`,
  ];
  const fact = FACT_STATUTS.includes(w.to)
    ? `, e AS (${outboxInsertFromSql(DOMAIN_EVENT.MESSAGE_STATUT, 'u', 'u.id', factPayloadSql(`${p(w.at.toISOString())}::text`))})`
    : '';
  const rows: { id: string }[] = await q.query(
    `WITH u AS (UPDATE "messages" SET ${sets.join(', ')} WHERE ${conds.join(' AND ')}
       RETURNING ${FACT_COLUMNS})${fact}
     SELECT "id" FROM u`,
    params,
  );
  return rows.map((r) => r.id);
}

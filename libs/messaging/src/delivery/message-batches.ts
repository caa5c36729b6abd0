import { DOMAIN_EVENT, outboxInsertFromSql } from '@app/core';
import { from, MessageStatut } from '../messages/message-codes';
import { FACT_COLUMNS, factPayloadSql } from '../messages/message-statut-write';
import { Accepted, Claim } from './message-store.service';
import { PreparedMessage } from './email-channel.service';

interface Queryable {
  query(sql: string, params?: unknown[]): Promise<any>;
}

/**
 * The send path's statements for many messages at once (MessageStore runs them through
 * GroupCommit): each row keeps its own condition (status, attempt), so a batch decides for every
 * message exactly what its own statement would have.
 */

/** The rows, in the order of the ids (undefined: no such row). */
export async function loadRows(
  q: Queryable,
  ids: string[],
): Promise<(Record<string, unknown> | undefined)[]> {
  const rows: Record<string, unknown>[] = await q.query(
    `SELECT * FROM "messages" WHERE "id" = ANY($1::uuid[])`,
    [ids],
  );
  const byId = new Map(rows.map((r) => [r.id as string, r]));
  return ids.map((id) => byId.get(id));
}

export interface ClaimInput {
  id: string;
  adresse: string;
  prepared: PreparedMessage;
}

/**
 * `en_cours` and the call counted, for each message still pending. The same message twice in a
 * batch (two jobs of one message in this process) is claimed by the first one only: an UPDATE …
 * FROM would write the row once and let both believe they hold it.
 */
export async function claimRows(
  q: Queryable,
  inputs: ClaimInput[],
): Promise<(Claim | undefined)[]> {
  const first = new Map<string, number>();
  inputs.forEach((c, i) => first.has(c.id) || first.set(c.id, i));
  const unique = [...first.values()].map((i) => inputs[i]);
  const col = <T>(f: (c: ClaimInput) => T) => unique.map(f);
  const rows: { id: string; attempts: number }[] = await q.query(
    `WITH v AS (
       SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[], $5::text[],
         $6::text[], $7::smallint[], $8::varchar[])
       AS v(id, adresse, provider, provider_id, subject, body, segments, encoding)),
     u AS (UPDATE "messages" m SET "statut" = 'en_cours', "attempts" = m."attempts" + 1,
         "sending_at" = now(), "updated_at" = now(), "not_before" = NULL, "adresse" = v.adresse,
         "provider" = v.provider, "provider_id" = v.provider_id, "subject" = v.subject,
         "body" = v.body, "segments" = v.segments, "encoding" = v.encoding
       FROM v WHERE m."id" = v.id AND m."statut" = ANY($9::message_statut[])
       RETURNING m."id", m."attempts")
     SELECT "id", "attempts" FROM u`,
    [
      col((c) => c.id),
      col((c) => c.adresse),
      col((c) => c.prepared.provider),
      col((c) => c.prepared.providerId),
      col((c) => c.prepared.subject),
      col((c) => c.prepared.body),
      col((c) => c.prepared.segments),
      col((c) => c.prepared.encoding),
      from(MessageStatut.EN_COURS),
    ],
  );
  const attempts = new Map(rows.map((r) => [r.id, r.attempts]));
  return inputs.map((c, i) =>
    first.get(c.id) === i && attempts.has(c.id)
      ? { id: c.id, attempt: attempts.get(c.id)! }
      : undefined,
  );
}

export interface AcceptedInput {
  claim: Claim;
  accepted: Accepted;
  sentAt: Date;
}

/**
 * `envoye` for each claim still holding its message, with its `message.statut` fact in the same
 * statement (as writeStatut does for one). Answers whether each one was written.
 */
export async function acceptRows(q: Queryable, inputs: AcceptedInput[]): Promise<boolean[]> {
  const col = <T>(f: (a: AcceptedInput) => T) => inputs.map(f);
  const returning = FACT_COLUMNS.split(', ')
    .map((c) => `m.${c}`)
    .join(', ');
  const fact = outboxInsertFromSql(
    DOMAIN_EVENT.MESSAGE_STATUT,
    'u',
    'u.id',
    factPayloadSql('u.fact_at'),
  );
  const rows: { id: string; attempts: number }[] = await q.query(
    `WITH v AS (
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::varchar[], $4::varchar[], $5::text[],
         $6::text[], $7::smallint[], $8::varchar[], $9::timestamptz[], $10::text[])
       AS v(id, attempts, provider, provider_id, subject, body, segments, encoding, sent_at, fact_at)),
     u AS (UPDATE "messages" m SET "statut" = 'envoye', "updated_at" = now(),
         "provider" = v.provider, "provider_id" = v.provider_id, "subject" = v.subject,
         "body" = v.body, "segments" = v.segments, "encoding" = v.encoding,
         "sent_at" = v.sent_at, "last_error" = NULL
       FROM v WHERE m."id" = v.id AND m."attempts" = v.attempts
         AND m."statut" = ANY($11::message_statut[])
       RETURNING ${returning}, m."attempts", v.fact_at),
     e AS (${fact})
     SELECT "id", "attempts" FROM u`,
    [
      col((a) => a.claim.id),
      col((a) => a.claim.attempt),
      col((a) => a.accepted.provider),
      col((a) => a.accepted.providerId),
      col((a) => a.accepted.subject),
      col((a) => a.accepted.body),
      col((a) => a.accepted.segments),
      col((a) => a.accepted.encoding),
      col((a) => a.sentAt),
      col((a) => a.sentAt.toISOString()),
      from(MessageStatut.ENVOYE),
    ],
  );
  const written = new Set(rows.map((r) => `${r.id}.${r.attempts}`));
  return inputs.map((a) => written.has(`${a.claim.id}.${a.claim.attempt}`));
}

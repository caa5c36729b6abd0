import { normaliseTelephone } from '@app/core';
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Canal, DestinataireType } from '../messages/message-codes';
import { TemplateId } from '../templates/catalogue';
import { template } from '../templates/template-renderer.service';
import { NotificationRequest } from './notification-request';

interface Target {
  type: DestinataireType;
  id: string | null;
  /** The address for a contact; resolved at send time for a jeune or a user. */
  adresse: string | null;
  /** Identifies the person in the idempotency and content keys. */
  key: string;
}

/** JSON with sorted keys: the same data always hashes the same. */
const canonical = (v: unknown): string =>
  Array.isArray(v)
    ? `[${v.map(canonical).join(',')}]`
    : v && typeof v === 'object'
      ? `{${Object.keys(v)
          .sort()
          .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
          .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
          .join(',')}}`
      : JSON.stringify(v);

/**
 * The one call other modules make: `notify(manager, request)` inside their own transaction.
 * It writes one row per channel (the outbox: a rollback sends nothing, a commit loses nothing);
 * the worker's relay queues them, and consent, quiet hours and cooldown are checked at send time.
 */
@Injectable()
export class NotificationsService {
  async notify<T extends TemplateId>(
    manager: EntityManager,
    req: NotificationRequest<T>,
  ): Promise<{ messageIds: string[] }> {
    const def = template(req.template);
    const canaux = def.canaux.filter((c) => !req.canaux || req.canaux.includes(c));
    const rows = canaux.flatMap((canal) => {
      const target = this.target(req, canal);
      if (!target) return [];
      const data = req.data as unknown as Record<string, any>;
      const content = Object.fromEntries(
        Object.entries(data).filter(([k]) => !(def.liens as string[]).includes(k)),
      );
      return [
        {
          structureId: req.structureId,
          event: req.event,
          template: req.template,
          canal,
          destinataireType: target.type,
          destinataireId: target.id,
          adresse: target.adresse,
          nom: 'nom' in req.destinataire ? (req.destinataire.nom ?? null) : null,
          data,
          idempotencyKey: `${req.event}|${target.key}|${canal}`.slice(0, 300),
          contentKey: createHash('sha256')
            .update(`${target.key}|${canal}|${req.template}|${canonical(content)}`)
            .digest('hex'),
        },
      ];
    });
    if (rows.length === 0) return { messageIds: [] };
    // A replayed event hits the unique key and adds nothing (without aborting the caller's
    // transaction). Plain SQL, one statement in the usual case: this runs once per event of every
    // feature module (a burst of requests is as fast as its statements).
    const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
    const inserted: { id: string; idempotency_key: string }[] = await manager.query(
      `INSERT INTO "messages" ("structure_id", "event", "template", "canal", "destinataire_type",
         "destinataire_id", "adresse", "nom", "data", "idempotency_key", "content_key")
       SELECT s, e, t, c, dt, di, a, n, d::jsonb, ik, ck FROM unnest($1::uuid[], $2::varchar[],
         $3::varchar[], $4::message_canal[], $5::message_destinataire[], $6::uuid[], $7::varchar[],
         $8::varchar[], $9::text[], $10::varchar[], $11::varchar[]) AS v(s, e, t, c, dt, di, a, n, d, ik, ck)
       ON CONFLICT DO NOTHING RETURNING "id", "idempotency_key"`,
      [
        col('structureId'),
        col('event'),
        col('template'),
        col('canal'),
        col('destinataireType'),
        col('destinataireId'),
        col('adresse'),
        col('nom'),
        rows.map((r) => JSON.stringify(r.data)),
        col('idempotencyKey'),
        col('contentKey'),
      ],
    );
    const ids = new Map(inserted.map((r) => [r.idempotency_key, r.id]));
    const missing = rows.filter((r) => !ids.has(r.idempotencyKey)).map((r) => r.idempotencyKey);
    if (missing.length) {
      const existing: { id: string; idempotency_key: string }[] = await manager.query(
        `SELECT "id", "idempotency_key" FROM "messages" WHERE "idempotency_key" = ANY($1::varchar[])`,
        [missing],
      );
      for (const r of existing) ids.set(r.idempotency_key, r.id);
    }
    return { messageIds: rows.flatMap((r) => ids.get(r.idempotencyKey) ?? []) };
  }

  private target(req: NotificationRequest, canal: Canal): Target | null {
    const d = req.destinataire;
    if ('jeuneId' in d)
      return { type: 'jeune', id: d.jeuneId, adresse: null, key: `jeune:${d.jeuneId}` };
    if ('userId' in d) {
      // Staff accounts have an email only.
      return canal === 'email'
        ? { type: 'utilisateur', id: d.userId, adresse: null, key: `utilisateur:${d.userId}` }
        : null;
    }
    const adresse =
      canal === 'email'
        ? d.email?.trim().toLowerCase() || null
        : d.telephone
          ? normaliseTelephone(d.telephone)
          : null;
    return adresse ? { type: 'contact', id: null, adresse, key: `contact:${adresse}` } : null;
  }
}

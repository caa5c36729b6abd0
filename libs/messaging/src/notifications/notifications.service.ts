import { normaliseTelephone } from '@app/core';
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { Canal, DestinataireType } from '../messages/message-codes';
import { Message } from '../messages/message.entity';
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
    // A replayed event hits the unique key and adds nothing (without aborting the caller's transaction).
    await manager.createQueryBuilder().insert().into(Message).values(rows).orIgnore().execute();
    const saved = await manager.getRepository(Message).find({
      select: { id: true },
      where: { idempotencyKey: In(rows.map((r) => r.idempotencyKey)) },
    });
    return { messageIds: saved.map((m) => m.id) };
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

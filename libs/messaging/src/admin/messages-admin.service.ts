import { AuthUser, Clock, DomainError } from '@app/core';
import { JeunesService } from '@app/jeunes';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { MessageStatut, SENT_STATUTS } from '../messages/message-codes';
import { Message } from '../messages/message.entity';
import { parisInstant } from '../sms/quiet-hours';
import { EtatMessagesView } from './etat-messages.view';
import { MessagesQueryDto } from './messages-query.dto';

/** Staff side: lists (failures first of all), a jeune's timeline, resending, yearly counts. */
@Injectable()
export class MessagesAdminService {
  constructor(
    @InjectRepository(Message) private readonly messages: Repository<Message>,
    private readonly jeunes: JeunesService,
    private readonly clock: Clock,
  ) {}

  async list(q: MessagesQueryDto, user: AuthUser): Promise<{ total: number; items: Message[] }> {
    const parPage = q.parPage ?? 50;
    const [items, total] = await this.messages.findAndCount({
      where: {
        structureId: user.structureId,
        ...(q.statut ? { statut: q.statut } : {}),
        ...(q.canal ? { canal: q.canal } : {}),
        ...(q.jeuneId ? { destinataireType: 'jeune' as const, destinataireId: q.jeuneId } : {}),
      },
      order: { createdAt: 'DESC' },
      skip: ((q.page ?? 1) - 1) * parPage,
      take: parPage,
    });
    return { total, items };
  }

  async get(id: string, user: AuthUser): Promise<Message> {
    const m = await this.messages.findOneBy({ id, structureId: user.structureId });
    if (!m) throw DomainError.notFound('Le message');
    return m;
  }

  /** Every message to a jeune, newest first: the timeline of contacts. */
  async timeline(jeuneId: string, user: AuthUser): Promise<Message[]> {
    const jeune = await this.jeunes.getContact(jeuneId);
    if (!jeune || jeune.structureId !== user.structureId) throw DomainError.notFound('Le jeune');
    return this.messages.find({
      where: { structureId: user.structureId, destinataireType: 'jeune', destinataireId: jeuneId },
      order: { createdAt: 'DESC' },
      take: 500,
    });
  }

  /**
   * A failed or uncertain message goes again: a new round (new job id), queued by the relay.
   * For `incertain`, the admin has checked it did not arrive (the email keeps its Message-ID).
   */
  async resend(id: string, user: AuthUser): Promise<Message> {
    const m = await this.get(id, user);
    const r = await this.messages
      .createQueryBuilder()
      .update(Message)
      .set({
        statut: MessageStatut.EN_ATTENTE,
        round: () => '"round" + 1',
        queuedAt: null,
        failedAt: null,
        lastError: null,
        requeues: 0,
        sendingAt: null,
      })
      .where('id = :id AND statut IN (:...s)', {
        id: m.id,
        s: [MessageStatut.ECHEC, MessageStatut.INCERTAIN],
      })
      .execute();
    if (!r.affected) {
      throw new DomainError(
        'MESSAGE_NON_RENVOYABLE',
        `Seul un message en échec ou incertain peut être renvoyé (statut : ${m.statut}).`,
        {
          details: { statut: m.statut },
        },
      );
    }
    return this.get(id, user);
  }

  /**
   * Per channel and status: how many messages, and the age of the oldest (since its creation).
   * What an admin watches for stuck messages: `en_attente` or `en_cours` old, `incertain` > 0.
   */
  async etat(user: AuthUser): Promise<EtatMessagesView[]> {
    const rows: { canal: string; statut: MessageStatut; nombre: number; plus_ancien: Date }[] =
      await this.messages.query(
        `SELECT canal, statut, count(*)::int AS nombre, min(created_at) AS plus_ancien
         FROM messages WHERE structure_id = $1 GROUP BY canal, statut ORDER BY canal, statut`,
        [user.structureId],
      );
    const now = this.clock.now().getTime();
    return rows.map((r) => ({
      canal: r.canal,
      statut: r.statut,
      nombre: r.nombre,
      plusAncienCreeLe: new Date(r.plus_ancien),
      ageMaxSecondes: Math.max(0, Math.round((now - new Date(r.plus_ancien).getTime()) / 1000)),
    }));
  }

  /** Contacts with jeunes in a calendar year (Paris time): what the ML's yearly report counts. */
  async statistiques(annee: number, user: AuthUser) {
    const from = parisInstant({ year: annee, month: 1, day: 1 }, 0);
    const to = parisInstant({ year: annee + 1, month: 1, day: 1 }, 0);
    const rows: { canal: string; messages: string; jeunes: string; segments: string | null }[] =
      await this.messages.query(
        `SELECT canal, count(*) AS messages, count(DISTINCT destinataire_id) AS jeunes, sum(segments) AS segments
         FROM messages WHERE structure_id = $1 AND destinataire_type = 'jeune'
         AND statut = ANY($2::message_statut[]) AND sent_at >= $3 AND sent_at < $4 GROUP BY canal`,
        [user.structureId, SENT_STATUTS, from, to],
      );
    const of = (canal: string) => rows.find((r) => r.canal === canal);
    return {
      annee,
      email: {
        messages: Number(of('email')?.messages ?? 0),
        jeunes: Number(of('email')?.jeunes ?? 0),
      },
      sms: {
        messages: Number(of('sms')?.messages ?? 0),
        jeunes: Number(of('sms')?.jeunes ?? 0),
        segments: Number(of('sms')?.segments ?? 0),
      },
    };
  }
}

import { curseurSuivant, HistoriquePage, MessageStatutPayload, pageApres } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * The messages' statuses as `message.statut` events (sent, delivered, failed, each at its own
 * time), oldest message first: the yearly report rebuilds its facts from them. Only the last
 * round of a re-sent message is known here (the row keeps its latest times).
 */
@Injectable()
export class MessageHistoriqueService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(apres: string | null, limit = 5000): Promise<HistoriquePage<MessageStatutPayload>> {
    const [at, id] = pageApres(apres);
    const rows: Record<string, any>[] = await this.dataSource.query(
      `SELECT id, structure_id, canal, destinataire_type, destinataire_id, round, created_at,
         created_at::text AS at_txt,
         sent_at, delivered_at, failed_at FROM messages
       WHERE (sent_at IS NOT NULL OR failed_at IS NOT NULL)
         AND (created_at, id) > ($1::timestamptz, $2::uuid)
       ORDER BY created_at, id LIMIT $3`,
      [at, id, limit],
    );
    const items: MessageStatutPayload[] = [];
    for (const r of rows) {
      const base = {
        messageId: r.id,
        structureId: r.structure_id,
        canal: r.canal,
        destinataireType: r.destinataire_type,
        destinataireId: r.destinataire_id,
        round: r.round,
      };
      const statuts = [
        ['envoye', r.sent_at],
        ['delivre', r.delivered_at],
        ['echec', r.failed_at],
      ] as const;
      for (const [statut, date] of statuts)
        if (date) items.push({ ...base, statut, at: new Date(date).toISOString() });
    }
    return { items, suivant: curseurSuivant(rows, limit) };
  }
}

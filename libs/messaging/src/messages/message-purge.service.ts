import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * A jeune anonymised (erasure, retention): the messages keep what the yearly report counts
 * (channel, template, status, dates) and lose what identifies the person (address, name, data,
 * text). Their short links go too, and pending ones are cancelled.
 */
@Injectable()
export class MessagePurgeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forJeune(jeuneId: string): Promise<{ messages: number }> {
    return this.dataSource.transaction(async (m) => {
      await m.query(
        `DELETE FROM "short_links" WHERE "message_id" IN
         (SELECT "id" FROM "messages" WHERE "destinataire_type" = 'jeune' AND "destinataire_id" = $1)`,
        [jeuneId],
      );
      const [, affected]: [unknown, number] = await m.query(
        `UPDATE "messages" SET "adresse" = NULL, "nom" = NULL, "data" = '{}'::jsonb, "subject" = NULL,
           "body" = NULL, "last_error" = CASE WHEN "statut" IN ('en_attente', 'differe')
             THEN 'Jeune anonymisé' ELSE "last_error" END,
           "statut" = CASE WHEN "statut" IN ('en_attente', 'differe') THEN 'supprime'::message_statut
             ELSE "statut" END
         WHERE "destinataire_type" = 'jeune' AND "destinataire_id" = $1`,
        [jeuneId],
      );
      return { messages: affected };
    });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MessageStatut } from './message-codes';

export interface DernierEnvoi {
  /** The event key of the last message (its last part tells which reminder it was). */
  event: string;
  statut: MessageStatut;
  createdAt: Date;
  sentAt: Date | null;
}

/**
 * What other modules may know of the messages they asked for: the last one per event prefix
 * (e.g. `mer.candidat:<id>:` → the last reminder to the employer), and how many failed.
 */
@Injectable()
export class MessageEvenementsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async derniers(structureId: string, prefixes: string[]): Promise<Map<string, DernierEnvoi>> {
    if (prefixes.length === 0) return new Map();
    const rows: (DernierEnvoi & { prefix: string })[] = await this.dataSource.query(
      `SELECT DISTINCT ON (p.prefix) p.prefix, m.event, m.statut, m.created_at AS "createdAt",
         m.sent_at AS "sentAt"
       FROM unnest($2::text[]) AS p(prefix)
       JOIN messages m ON m.structure_id = $1 AND left(m.event, length(p.prefix)) = p.prefix
       ORDER BY p.prefix, m.created_at DESC`,
      [structureId, prefixes],
    );
    return new Map(rows.map(({ prefix, ...d }) => [prefix, d]));
  }

  /** Messages that did not go (failed, or uncertain: an admin decides). */
  async enEchec(structureId: string): Promise<number> {
    const [{ n }] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM messages WHERE structure_id = $1 AND statut IN ($2, $3)`,
      [structureId, MessageStatut.ECHEC, MessageStatut.INCERTAIN],
    );
    return n;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Message } from './message.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The messages about one thing of another module (a mise en relation…): the callers name it
 * in their event keys (`mer.retenue:<id>`, `mer.candidat:<id>:1`), so its id finds them all.
 * Scoped to the structure; oldest first, for a timeline.
 */
@Injectable()
export class MessagesSujetService {
  constructor(@InjectRepository(Message) private readonly messages: Repository<Message>) {}

  async pourSujet(structureId: string, sujetIds: string[]): Promise<Message[]> {
    const ids = sujetIds.filter((id) => UUID.test(id));
    if (!ids.length) return [];
    return this.messages
      .createQueryBuilder('m')
      .where('m.structureId = :structureId', { structureId })
      .andWhere(
        `(${ids.map((_, i) => `m.event LIKE :e${i}`).join(' OR ')})`,
        Object.fromEntries(ids.map((id, i) => [`e${i}`, `%:${id}%`])),
      )
      .orderBy('m.createdAt', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .take(200)
      .getMany();
  }
}

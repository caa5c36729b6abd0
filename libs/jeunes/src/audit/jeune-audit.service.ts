import { AuthUser } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditAction, JeuneAudit } from '../entities/jeune-audit.entity';

/** Who acts on a jeune: a logged-in user, or the system (retention job, an SMS "STOP"…). */
export interface JeuneActor {
  userId: string | null;
  role: string;
}

export const actorOf = (user: AuthUser): JeuneActor => ({ userId: user.id, role: user.role });
export const SYSTEM: JeuneActor = { userId: null, role: 'system' };

export interface AuditEntry {
  jeuneId: string;
  structureId: string;
  action: AuditAction;
  /** Names of the fields read or changed: never their values. */
  champs?: string[];
}

@Injectable()
export class JeuneAuditService {
  constructor(@InjectRepository(JeuneAudit) private readonly audit: Repository<JeuneAudit>) {}

  async record(actor: JeuneActor, entry: AuditEntry, manager?: EntityManager): Promise<void> {
    const repo = manager ? manager.getRepository(JeuneAudit) : this.audit;
    await repo.insert({
      jeuneId: entry.jeuneId,
      structureId: entry.structureId,
      actorUserId: actor.userId,
      actorRole: actor.role,
      action: entry.action,
      champs: entry.champs ?? [],
    });
  }

  list(jeuneId: string, manager?: EntityManager): Promise<JeuneAudit[]> {
    const repo = manager ? manager.getRepository(JeuneAudit) : this.audit;
    return repo.find({ where: { jeuneId }, order: { at: 'ASC', id: 'ASC' } });
  }
}

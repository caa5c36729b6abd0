import { AuthUser, Clock, DOMAIN_EVENT, DomainError, OutboxService, Role } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { actorOf, JeuneActor, JeuneAuditService } from '../audit/jeune-audit.service';
import { JeuneConsentement } from '../entities/jeune-consentement.entity';
import { JeuneStatutTransition } from '../entities/jeune-statut-transition.entity';
import { Jeune } from '../entities/jeune.entity';
import { JeuneAudit } from '../entities/jeune-audit.entity';

export interface JeuneExport {
  exporteLe: Date;
  jeune: Jeune;
  consentements: JeuneConsentement[];
  statuts: JeuneStatutTransition[];
  audit: JeuneAudit[];
}

/**
 * What erasure empties. Kept for statistics: birth year, commune and department, programme,
 * status and its history (reasons emptied), diploma level, wanted fiches, experience, mobility,
 * and the consent history (which never held a contact detail).
 */
const EFFACE: Partial<Jeune> = {
  idExterne: null,
  nom: null,
  prenom: null,
  dateNaissance: null,
  email: null,
  telephone: null,
  telephoneMobile: false,
  adresse: null,
  codePostal: null,
  consentEmail: false,
  consentSms: false,
  notes: null,
  indisponibilites: [],
  disponibleLe: null,
};

/** Rights of access (export) and erasure (anonymisation), and the anonymisation of retention. */
@Injectable()
export class JeunePrivacyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Jeune) private readonly jeunes: Repository<Jeune>,
    private readonly audit: JeuneAuditService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  /** Everything held on one jeune, audit trail included (this export first). */
  async export(id: string, user: AuthUser): Promise<JeuneExport> {
    const jeune = await this.jeunes.findOneBy({ id, structureId: user.structureId });
    if (!jeune) throw DomainError.notFound('Le jeune');
    if (user.role !== Role.ADMIN && jeune.conseillerId !== user.id) {
      throw DomainError.forbidden(
        "L'export est réservé au conseiller référent et aux administrateurs.",
      );
    }
    return this.dataSource.transaction(async (m) => {
      await this.audit.record(
        actorOf(user),
        { jeuneId: id, structureId: jeune.structureId, action: 'export' },
        m,
      );
      const order = { at: 'ASC', id: 'ASC' } as const;
      return {
        exporteLe: this.clock.now(),
        jeune,
        consentements: await m
          .getRepository(JeuneConsentement)
          .find({ where: { jeuneId: id }, order }),
        statuts: await m
          .getRepository(JeuneStatutTransition)
          .find({ where: { jeuneId: id }, order }),
        audit: await this.audit.list(id, m),
      };
    });
  }

  /** The right to erasure: admins only (it cannot be undone). */
  async erase(id: string, user: AuthUser): Promise<void> {
    const jeune = await this.jeunes.findOneBy({ id, structureId: user.structureId });
    if (!jeune) throw DomainError.notFound('Le jeune');
    await this.anonymise(id, actorOf(user));
  }

  /** Idempotent: an anonymised jeune stays as it is. Returns false when there was nothing to do. */
  anonymise(id: string, actor: JeuneActor, manager?: EntityManager): Promise<boolean> {
    if (!manager) return this.dataSource.transaction((m) => this.anonymise(id, actor, m));
    return this.anonymiseIn(manager, id, actor);
  }

  private async anonymiseIn(m: EntityManager, id: string, actor: JeuneActor): Promise<boolean> {
    const repo = m.getRepository(Jeune);
    const jeune = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!jeune || jeune.anonymiseAt) return false;
    const version = jeune.version + 1;
    await repo.update({ id }, { ...EFFACE, anonymiseAt: this.clock.now(), version });
    // Free-text reasons may name the jeune or their family.
    await m.getRepository(JeuneStatutTransition).update({ jeuneId: id }, { motif: null });
    await this.audit.record(
      actor,
      {
        jeuneId: id,
        structureId: jeune.structureId,
        action: 'anonymisation',
        champs: Object.keys(EFFACE),
      },
      m,
    );
    await this.outbox.record(m, DOMAIN_EVENT.JEUNE_ANONYMISE, id, { jeuneId: id, version });
    return true;
  }
}

import { AuthUser, Clock, DOMAIN_EVENT, DomainError, OutboxService, Role } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { actorOf, JeuneActor, JeuneAuditService, SYSTEM } from '../audit/jeune-audit.service';
import { changedKeys } from '../domain/changes';
import { CANAUX, ConsentSource, JeuneStatut } from '../domain/jeune-codes';
import { JeuneStatutTransition } from '../entities/jeune-statut-transition.entity';
import { Jeune } from '../entities/jeune.entity';
import { assertCanEdit } from './jeune-access';
import { CreateJeuneDto, UpdateJeuneDto } from './jeune.dto';
import { CHAMPS_MATCHING } from './jeune-rules';
import { JeuneRefsFactory } from './jeune-refs.service';
import { JeuneSaisie, pickSaisie, resolveValues, SAISIE_PAR_DEFAUT } from './jeune-values';
import { JeunesService } from './jeunes.service';

const ID_EXTERNE_PRIS = 'UQ_jeunes_structure_id_externe';

/** Creating and editing jeunes: rights, rules, the status log, the audit, `jeune.modifie`. */
@Injectable()
export class JeuneEditionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jeunes: JeunesService,
    private readonly refs: JeuneRefsFactory,
    private readonly audit: JeuneAuditService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  async create(dto: CreateJeuneDto, user: AuthUser): Promise<Jeune> {
    if (user.role === Role.CONSEILLER && dto.conseillerId && dto.conseillerId !== user.id) {
      throw DomainError.forbidden('Un conseiller inscrit les jeunes dont il est le référent.');
    }
    const now = this.clock.now();
    const saisie = { ...SAISIE_PAR_DEFAUT, ...pickSaisie(dto) } as JeuneSaisie;
    // A conseiller registers its own jeunes (an admin may leave the referent empty).
    if (user.role === Role.CONSEILLER) saisie.conseillerId = user.id;
    const values = await resolveValues(saisie, this.refs.for(user.structureId), now);

    return this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(Jeune);
      const jeune = await repo
        .save(
          repo.create({
            ...values,
            structureId: user.structureId,
            statut: JeuneStatut.ACTIF,
            version: 1,
            derniereActiviteAt: now,
          }),
        )
        .catch(rethrowIdExterne);
      await this.logStatut(m, jeune, null, actorOf(user), null);
      await this.audit.record(
        actorOf(user),
        {
          jeuneId: jeune.id,
          structureId: jeune.structureId,
          action: 'creation',
          champs: Object.keys(pickSaisie(dto)),
        },
        m,
      );
      for (const canal of CANAUX) {
        const donne = canal === 'email' ? dto.consentEmail : dto.consentSms;
        if (donne !== undefined)
          await this.jeunes.setConsent(
            jeune.id,
            canal,
            donne,
            ConsentSource.CONSEILLER,
            user.id,
            m,
          );
      }
      await this.outbox.record(m, DOMAIN_EVENT.JEUNE_MODIFIE, jeune.id, {
        jeuneId: jeune.id,
        version: jeune.version,
      });
      return repo.findOneByOrFail({ id: jeune.id });
    });
  }

  async update(id: string, dto: UpdateJeuneDto, user: AuthUser): Promise<Jeune> {
    const current = await this.jeunes.getForUser(id, user);
    assertCanEdit(current, user);
    const saisie = { ...current, ...pickSaisie(dto) } as JeuneSaisie;
    // The age rule holds on the registration day, not today.
    const next = await resolveValues(
      saisie,
      this.refs.for(user.structureId),
      current.createdAt,
      current,
    );
    const changed = changedKeys(current, next as Partial<Jeune>);
    if (changed.length === 0) return current;
    const matching = changed.some((k) => (CHAMPS_MATCHING as readonly string[]).includes(k));

    return this.dataSource.transaction(async (m) => {
      const patch: Partial<Jeune> = Object.fromEntries(
        changed.map((k) => [k, (next as Partial<Jeune>)[k]]),
      );
      patch.derniereActiviteAt = this.clock.now();
      if (matching) patch.version = current.version + 1;
      const repo = m.getRepository(Jeune);
      const result = await repo
        .update({ id, rowVersion: current.rowVersion }, patch)
        .catch(rethrowIdExterne);
      if (!result.affected) {
        throw new DomainError(
          'CONCURRENT_UPDATE',
          "Le profil vient d'être modifié par quelqu'un d'autre : rechargez-le.",
        );
      }
      await this.audit.record(
        actorOf(user),
        { jeuneId: id, structureId: current.structureId, action: 'modification', champs: changed },
        m,
      );
      const saved = await repo.findOneByOrFail({ id });
      if (matching) await this.emit(m, saved);
      return saved;
    });
  }

  /** Any status to any other; the same status again changes nothing. */
  async changeStatut(
    id: string,
    statut: JeuneStatut,
    motif: string | null,
    user: AuthUser,
  ): Promise<Jeune> {
    const current = await this.jeunes.getForUser(id, user);
    assertCanEdit(current, user);
    if (current.statut === statut) return current;
    return this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(Jeune);
      const result = await repo.update(
        { id, rowVersion: current.rowVersion },
        { statut, version: current.version + 1, derniereActiviteAt: this.clock.now() },
      );
      if (!result.affected) {
        throw new DomainError(
          'CONCURRENT_UPDATE',
          "Le profil vient d'être modifié : rechargez-le.",
        );
      }
      const saved = await repo.findOneByOrFail({ id });
      await this.logStatut(m, saved, current.statut, actorOf(user), motif);
      await this.audit.record(
        actorOf(user),
        { jeuneId: id, structureId: saved.structureId, action: 'statut', champs: ['statut'] },
        m,
      );
      await this.emit(m, saved);
      return saved;
    });
  }

  /**
   * The system changes the status (a mise en relation ended in a hire: `en_emploi`), in the
   * caller's transaction; the same status again changes nothing.
   */
  async changeStatutSysteme(
    id: string,
    statut: JeuneStatut,
    motif: string,
    manager: EntityManager,
  ): Promise<void> {
    const repo = manager.getRepository(Jeune);
    const current = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!current || current.anonymiseAt || current.statut === statut) return;
    await repo.update(
      { id },
      { statut, version: current.version + 1, derniereActiviteAt: this.clock.now() },
    );
    const saved = await repo.findOneByOrFail({ id });
    await this.logStatut(manager, saved, current.statut, SYSTEM, motif);
    await this.emit(manager, saved);
  }

  private async logStatut(
    m: EntityManager,
    jeune: Jeune,
    from: JeuneStatut | null,
    actor: JeuneActor,
    motif: string | null,
  ): Promise<void> {
    await m.getRepository(JeuneStatutTransition).insert({
      jeuneId: jeune.id,
      fromStatut: from,
      toStatut: jeune.statut,
      byUserId: actor.userId,
      byRole: actor.role,
      motif,
    });
  }

  private emit(m: EntityManager, jeune: Jeune): Promise<void> {
    return this.outbox.record(m, DOMAIN_EVENT.JEUNE_MODIFIE, jeune.id, {
      jeuneId: jeune.id,
      version: jeune.version,
    });
  }
}

function rethrowIdExterne(error: unknown): never {
  const driver = (error as QueryFailedError & { driverError?: { constraint?: string } })
    .driverError;
  if (error instanceof QueryFailedError && driver?.constraint === ID_EXTERNE_PRIS) {
    throw new DomainError(
      'JEUNE_ID_EXTERNE_PRIS',
      'Un autre jeune de votre Mission Locale a déjà cet identifiant externe.',
      { field: 'idExterne' },
    );
  }
  throw error;
}

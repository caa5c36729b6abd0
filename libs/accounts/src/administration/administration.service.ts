import { AuthUser, Clock, DomainError, Role } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Structure } from '../structures/structure.entity';
import { User } from '../users/user.entity';
import { ModifierCompteDto, ModifierIdentiteDto } from './administration.dto';
import { CompteJournal } from './compte-journal.entity';

const IDENTITE = ['nom', 'email', 'telephone', 'couleur', 'logoUrl'] as const;

/** The administrator's changes: each one applied with its journal row, in one transaction. */
@Injectable()
export class AdministrationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async modifierCompte(admin: AuthUser, id: string, dto: ModifierCompteDto): Promise<User> {
    if (id === admin.id && (dto.active === false || (dto.role && dto.role !== Role.ADMIN))) {
      // The structure would be left without anyone to undo it.
      throw DomainError.invalid(
        dto.active === false ? 'active' : 'role',
        'Vous ne pouvez pas désactiver votre propre compte ni vous retirer le rôle d’administrateur.',
      );
    }
    return this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(User);
      const user = await repo
        .createQueryBuilder('u')
        .setLock('pessimistic_write')
        .where('u.id = :id AND u.structureId = :sid', { id, sid: admin.structureId })
        .getOne();
      if (!user) throw DomainError.notFound("L'utilisateur");
      if (dto.role && user.role === Role.EMPLOYEUR) {
        throw DomainError.invalid('role', 'Le rôle d’un compte employeur ne se change pas.');
      }
      if (dto.role && dto.role !== user.role) {
        await this.tracer(m, admin, user.id, 'role', { avant: user.role, apres: dto.role });
        user.role = dto.role;
      }
      if (dto.active !== undefined && dto.active !== user.active) {
        await this.tracer(m, admin, user.id, dto.active ? 'reactivation' : 'desactivation', {});
        user.active = dto.active;
      }
      return repo.save(user);
    });
  }

  async modifierIdentite(admin: AuthUser, dto: ModifierIdentiteDto): Promise<Structure> {
    return this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(Structure);
      const s = await repo.findOneOrFail({
        where: { id: admin.structureId },
        lock: { mode: 'pessimistic_write' },
      });
      const avant: Record<string, unknown> = {};
      const apres: Record<string, unknown> = {};
      for (const k of IDENTITE) {
        if (dto[k] === undefined || dto[k] === s[k]) continue;
        avant[k] = s[k];
        apres[k] = dto[k];
        (s as unknown as Record<string, unknown>)[k] = dto[k];
      }
      if (Object.keys(apres).length === 0) return s;
      await this.tracer(m, admin, null, 'identite', { avant, apres });
      return repo.save(s);
    });
  }

  journal(admin: AuthUser): Promise<CompteJournal[]> {
    return this.dataSource.getRepository(CompteJournal).find({
      where: { structureId: admin.structureId },
      order: { at: 'DESC' },
      take: 200,
    });
  }

  private tracer(
    m: EntityManager,
    admin: AuthUser,
    cibleUserId: string | null,
    action: string,
    details: Record<string, unknown>,
  ) {
    const repo = m.getRepository(CompteJournal);
    return repo.save(
      repo.create({
        structureId: admin.structureId,
        cibleUserId,
        auteurId: admin.id,
        action,
        details,
        at: this.clock.now(),
      }),
    );
  }
}

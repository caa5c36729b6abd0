import { AuthUser, DomainError } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Not, Repository } from 'typeorm';
import { Structure } from './structure.entity';

@Injectable()
export class StructuresService {
  constructor(@InjectRepository(Structure) private readonly structures: Repository<Structure>) {}

  /** A user sees its own structure only; any other id is answered as not found (no existence leak). */
  async getForUser(id: string, user: AuthUser): Promise<Structure> {
    const structure = id === user.structureId ? await this.structures.findOneBy({ id }) : null;
    if (!structure) throw DomainError.notFound('La structure');
    return structure;
  }

  /** Every other structure, by name: the admin picks a neighbour for an agreement. */
  async autres(user: AuthUser): Promise<Pick<Structure, 'id' | 'nom' | 'departement'>[]> {
    return this.structures.find({
      select: { id: true, nom: true, departement: true },
      where: { id: Not(user.structureId) },
      order: { nom: 'ASC' },
    });
  }

  async getById(id: string): Promise<Structure | null> {
    return this.structures.findOneBy({ id });
  }

  /** The portal's structure: by code, or the first one (a deployment serves one ML). */
  async forPortail(code?: string): Promise<Structure | null> {
    if (code) return this.structures.findOneBy({ code });
    return (await this.structures.find({ order: { createdAt: 'ASC' }, take: 1 }))[0] ?? null;
  }

  /** Idempotent: used by the demo seed and by provisioning. */
  async upsertByCode(
    values: Pick<Structure, 'code' | 'nom'> & Partial<Structure>,
  ): Promise<Structure> {
    const existing = await this.structures.findOneBy({ code: values.code });
    if (!existing) return this.structures.save(this.structures.create(values));
    const changed = (Object.keys(values) as (keyof Structure)[]).some(
      (k) => existing[k] !== values[k],
    );
    if (changed) await this.structures.update({ id: existing.id }, values);
    return changed ? this.structures.findOneByOrFail({ id: existing.id }) : existing;
  }
}

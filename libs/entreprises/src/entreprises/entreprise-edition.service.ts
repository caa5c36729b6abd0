import { AuthUser, DomainError } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, Not, QueryFailedError } from 'typeorm';
import { assertOnePrincipal, ContactsService } from '../contacts/contacts.service';
import { isStaff } from './audience';
import { CreateEntrepriseDto, UpdateEntrepriseDto } from './entreprise.dto';
import { Entreprise } from './entreprise.entity';
import { EntreprisesService } from './entreprises.service';

const SIRET_UNIQUE = 'UQ_entreprises_structure_siret';

/** Fields only staff may change: the CRE's notes, and the SIRET that identifies the record. */
const STAFF_ONLY_FIELDS = ['notes', 'siret'] as const;

export type EntrepriseValues = Omit<CreateEntrepriseDto, 'contacts'>;

/** Creation and edition of entreprises, contacts included, each in one transaction. */
@Injectable()
export class EntrepriseEditionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly entreprises: EntreprisesService,
    private readonly contacts: ContactsService,
  ) {}

  async create(dto: CreateEntrepriseDto, user: AuthUser): Promise<Entreprise> {
    const { contacts, ...fields } = dto;
    assertCoordinates(fields);
    assertOnePrincipal(contacts ?? []);
    await this.assertSiretFree(user.structureId, fields.siret);
    return this.withSiretConflict(() =>
      this.dataSource.transaction(async (manager) => {
        const entreprise = await this.insert(manager, fields, user.structureId, user.id);
        if (contacts?.length) await this.contacts.replace(manager, entreprise.id, contacts);
        return entreprise;
      }),
    );
  }

  /** Inside the caller's transaction (portal sign-up). */
  async insert(
    manager: EntityManager,
    fields: EntrepriseValues,
    structureId: string,
    createdById: string,
  ): Promise<Entreprise> {
    const repo = manager.getRepository(Entreprise);
    return repo.save(repo.create({ ...fields, structureId, createdById }));
  }

  async update(id: string, dto: UpdateEntrepriseDto, user: AuthUser): Promise<Entreprise> {
    const current = await this.entreprises.getForUser(id, user);
    const { contacts, ...fields } = dto;
    if (!isStaff(user)) {
      const field = STAFF_ONLY_FIELDS.find(
        (f) => fields[f] !== undefined && fields[f] !== current[f],
      );
      if (field) {
        throw new DomainError('FORBIDDEN', `Seule la Mission Locale peut modifier « ${field} ».`, {
          field,
        });
      }
    }
    for (const field of ['siret', 'raisonSociale'] as const) {
      if (fields[field] === null) {
        throw new DomainError('VALIDATION', `« ${field} » est obligatoire.`, { field });
      }
    }
    assertCoordinates({ ...current, ...fields });
    assertOnePrincipal(contacts ?? []);
    if (fields.siret && fields.siret !== current.siret) {
      await this.assertSiretFree(current.structureId, fields.siret, id);
    }
    await this.withSiretConflict(() =>
      this.dataSource.transaction(async (manager) => {
        // updatedAt moves even when only the contacts change.
        await manager.update(Entreprise, { id }, { ...fields, updatedAt: new Date() });
        if (contacts) await this.contacts.replace(manager, id, contacts);
      }),
    );
    return this.entreprises.getForUser(id, user);
  }

  /** The common case, answered before writing; the unique constraint still settles races. */
  private async assertSiretFree(structureId: string, siret: string, exceptId?: string) {
    const taken = await this.dataSource.getRepository(Entreprise).existsBy({
      structureId,
      siret,
      ...(exceptId ? { id: Not(exceptId) } : {}),
    });
    if (taken) throw siretTaken();
  }

  private async withSiretConflict<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error, SIRET_UNIQUE)) throw siretTaken();
      throw error;
    }
  }
}

export const siretTaken = () =>
  new DomainError(
    'SIRET_TAKEN',
    'Une entreprise avec ce SIRET est déjà enregistrée dans votre Mission Locale.',
    { field: 'siret' },
  );

export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError = (error as QueryFailedError & { driverError?: Record<string, string> })
    ?.driverError;
  return (
    error instanceof QueryFailedError &&
    driverError?.code === '23505' &&
    driverError?.constraint === constraint
  );
}

/** A place is both coordinates or none: half a point is no place. */
function assertCoordinates(values: { lat?: number | null; lon?: number | null }): void {
  const hasLat = values.lat !== undefined && values.lat !== null;
  const hasLon = values.lon !== undefined && values.lon !== null;
  if (hasLat === hasLon) return;
  const [field, other] = hasLat ? ['lon', 'lat'] : ['lat', 'lon'];
  throw new DomainError(
    'VALIDATION',
    `« ${field} » est obligatoire quand « ${other} » est donné.`,
    {
      field,
    },
  );
}

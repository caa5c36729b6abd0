import { DomainError } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Not, Repository } from 'typeorm';
import { ContactDto } from './contact.dto';
import { EntrepriseContact } from './contact.entity';

@Injectable()
export class ContactsService {
  constructor(
    @InjectRepository(EntrepriseContact) private readonly contacts: Repository<EntrepriseContact>,
  ) {}

  /** Principal first, then by name. */
  listFor(entrepriseId: string): Promise<EntrepriseContact[]> {
    return this.contacts.find({
      where: { entrepriseId },
      order: { principal: 'DESC', nom: 'ASC', prenom: 'ASC', id: 'ASC' },
    });
  }

  /**
   * Makes the entreprise's contacts exactly `wanted`: listed ids are updated (and keep their id,
   * which other records may point to), new ones are added, the others removed.
   */
  async replace(manager: EntityManager, entrepriseId: string, wanted: ContactDto[]): Promise<void> {
    assertOnePrincipal(wanted);
    const repo = manager.getRepository(EntrepriseContact);
    const ids = wanted.map((c) => c.id).filter((id): id is string => !!id);
    const existing = ids.length ? await repo.findBy({ entrepriseId, id: In(ids) }) : [];
    wanted.forEach((c, i) => {
      if (c.id && !existing.some((e) => e.id === c.id)) {
        throw new DomainError(
          'VALIDATION',
          `« contacts[${i}].id » ne désigne pas un contact de cette entreprise.`,
          { field: `contacts[${i}].id` },
        );
      }
    });
    await repo.delete(ids.length ? { entrepriseId, id: Not(In(ids)) } : { entrepriseId });
    // Cleared first: the unique index allows one principal at any moment, even mid-update.
    await repo.update({ entrepriseId }, { principal: false });
    for (const c of wanted) {
      const values = {
        entrepriseId,
        prenom: c.prenom ?? null,
        nom: c.nom,
        fonction: c.fonction ?? null,
        email: c.email ?? null,
        telephone: c.telephone ?? null,
        principal: c.principal ?? false,
      };
      if (c.id) await repo.update({ id: c.id }, values);
      else await repo.insert(values);
    }
  }
}

export function assertOnePrincipal(contacts: ContactDto[]): void {
  const principals = contacts.filter((c) => c.principal);
  if (principals.length > 1) {
    throw new DomainError('VALIDATION', '« contacts » Un seul contact peut être principal.', {
      field: 'contacts',
    });
  }
}

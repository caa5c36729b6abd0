import { UsersService } from '@app/accounts';
import { AuthUser, DomainError } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { In, Repository, SelectQueryBuilder } from 'typeorm';
import { EntrepriseContact } from '../contacts/contact.entity';
import { ContactView } from '../contacts/contact.view';
import { ContactsService } from '../contacts/contacts.service';
import { EntrepriseMembre, RattachementStatut } from '../membres/membre.entity';
import { MembreView } from '../membres/membre.view';
import { RattachementsService } from '../membres/rattachements.service';
import { isStaff } from './audience';
import { Entreprise } from './entreprise.entity';
import { EntrepriseDetail, EntrepriseResumeView, EntreprisesPageView } from './entreprise.view';
import { ListEntreprisesQuery } from './list-entreprises.query';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Who sees which entreprise. Staff: every entreprise of their structure. An employer: those it
 * has a validated link to. Anything else is "not found", never "forbidden" (no existence leak).
 * Other modules (offres) go through here for the same answer.
 */
@Injectable()
export class EntreprisesService {
  constructor(
    @InjectRepository(Entreprise) private readonly entreprises: Repository<Entreprise>,
    @InjectRepository(EntrepriseMembre) private readonly membres: Repository<EntrepriseMembre>,
    @InjectRepository(EntrepriseContact)
    private readonly contactsRepo: Repository<EntrepriseContact>,
    private readonly contacts: ContactsService,
    private readonly rattachements: RattachementsService,
    private readonly users: UsersService,
  ) {}

  getById(id: string): Promise<Entreprise | null> {
    return isUUID(id) ? this.entreprises.findOneBy({ id }) : Promise.resolve(null);
  }

  /**
   * The names shown in other modules' lists (enseigne, else raison sociale), many at once; within
   * one structure when it is given.
   */
  async nomsParIds(ids: string[], structureId?: string): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.entreprises.find({
      select: { id: true, enseigne: true, raisonSociale: true },
      where: { id: In([...new Set(ids)]), ...(structureId ? { structureId } : {}) },
    });
    return new Map(rows.map((e) => [e.id, e.enseigne || e.raisonSociale]));
  }

  async getForUser(id: string, user: AuthUser): Promise<Entreprise> {
    const found = isUUID(id)
      ? await this.visibleTo(user).andWhere('e.id = :id', { id }).getOne()
      : null;
    if (!found) throw DomainError.notFound("L'entreprise");
    return found;
  }

  /** null: all of the user's structure (staff); otherwise the ids of the employer's entreprises. */
  async accessibleEntrepriseIds(user: AuthUser): Promise<string[] | null> {
    if (isStaff(user)) return null;
    const rows = await this.visibleTo(user).select('e.id', 'id').getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  /** Who receives employer notifications: validated accounts and the principal contact. */
  async employerEmails(entrepriseId: string): Promise<string[]> {
    // Accounts are the accounts module's: ask its service, not its table.
    const membres = await this.membres.findBy({ entrepriseId, statut: RattachementStatut.VALIDEE });
    const accounts = await this.users.activeEmails(membres.map((m) => m.userId));
    const principal = await this.contactsRepo.findOneBy({ entrepriseId, principal: true });
    const emails = [...accounts, principal?.email]
      .filter((e): e is string => !!e)
      .map((e) => e.toLowerCase());
    return [...new Set(emails)];
  }

  /** GET /entreprises's answer: a page of summaries. */
  async page(user: AuthUser, query: ListEntreprisesQuery): Promise<EntreprisesPageView> {
    const { items, total } = await this.list(user, query);
    const { page, limit } = query;
    return { items: items.map(EntrepriseResumeView.summary), total, page, limit };
  }

  async list(
    user: AuthUser,
    query: ListEntreprisesQuery,
  ): Promise<{ items: Entreprise[]; total: number }> {
    const qb = this.visibleTo(user);
    if (query.q) {
      const siret = query.q.replace(/\s+/g, '');
      qb.andWhere(
        '(e.raisonSociale ILIKE :like OR e.enseigne ILIKE :like OR e.siret LIKE :siret)',
        { like: `%${escapeLike(query.q)}%`, siret: `%${escapeLike(siret)}%` },
      );
    }
    const [items, total] = await qb
      .orderBy('e.raisonSociale', 'ASC')
      .addOrderBy('e.id', 'ASC')
      // The join (employer) matches one row per entreprise: plain OFFSET/LIMIT is right.
      .offset((query.page - 1) * query.limit)
      .limit(query.limit)
      .getManyAndCount();
    return { items, total };
  }

  /** The entreprise with its contacts and members, as the user may see them. */
  async detailForUser(id: string, user: AuthUser): Promise<EntrepriseDetail> {
    const entreprise = await this.getForUser(id, user);
    const [contacts, membres] = await Promise.all([
      this.contacts.listFor(id),
      this.rattachements.membresOf(id, !isStaff(user)),
    ]);
    return {
      entreprise,
      contacts: contacts.map(ContactView.of),
      membres: membres.map(MembreView.of),
    };
  }

  private visibleTo(user: AuthUser): SelectQueryBuilder<Entreprise> {
    const qb = this.entreprises
      .createQueryBuilder('e')
      .where('e.structureId = :structureId', { structureId: user.structureId });
    if (isStaff(user)) return qb;
    return qb.innerJoin(
      EntrepriseMembre,
      'm',
      'm.entrepriseId = e.id AND m.userId = :userId AND m.statut = :validee',
      { userId: user.id, validee: RattachementStatut.VALIDEE },
    );
  }
}

import { AuthUser, DomainError, Role } from '@app/core';
import { EntreprisesService } from '@app/entreprises';
import { JeunesService } from '@app/jeunes';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MiseEnRelation } from '../entities/mise-en-relation.entity';
import { MER_VISIBLES_EMPLOYEUR } from './mer-statut';

/**
 * Who may see a MER: staff of the offer's structure; the jeune's referent conseiller; an
 * employer of the entreprise, only from `transmise_employeur`. Anyone else: 404, nothing leaks.
 */
@Injectable()
export class MerAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly entreprises: EntreprisesService,
    private readonly jeunes: JeunesService,
  ) {}

  async getForUser(id: string, user: AuthUser, m?: EntityManager): Promise<MiseEnRelation> {
    const mer = await (m ?? this.dataSource.manager)
      .getRepository(MiseEnRelation)
      .findOneBy({ id });
    if (!mer || !(await this.peutVoir(mer, user)))
      throw DomainError.notFound('La mise en relation');
    return mer;
  }

  /** `peutVoir` over a list, with one query for the whole list rather than one per MER. */
  async visibles(mers: MiseEnRelation[], user: AuthUser): Promise<MiseEnRelation[]> {
    if (user.role !== Role.CONSEILLER) {
      const out = [];
      for (const m of mers) if (await this.peutVoir(m, user)) out.push(m);
      return out;
    }
    const siens = mers.filter((m) => m.jeuneStructureId === user.structureId);
    const referents = await this.jeunes.conseillersParIds(siens.map((m) => m.jeuneId));
    return siens.filter((m) => referents.get(m.jeuneId) === user.id);
  }

  async peutVoir(mer: MiseEnRelation, user: AuthUser): Promise<boolean> {
    switch (user.role) {
      case Role.ADMIN:
      case Role.CRE:
        return mer.structureId === user.structureId;
      case Role.CONSEILLER:
        return (
          mer.jeuneStructureId === user.structureId &&
          (await this.jeunes.getForMatching(mer.jeuneId))?.conseillerId === user.id
        );
      case Role.EMPLOYEUR: {
        if (mer.structureId !== user.structureId || !MER_VISIBLES_EMPLOYEUR.includes(mer.statut))
          return false;
        const allowed = await this.entreprises.accessibleEntrepriseIds(user);
        return !allowed || allowed.includes(mer.entrepriseId);
      }
      default:
        return false;
    }
  }
}

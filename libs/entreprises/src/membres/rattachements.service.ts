import { User } from '@app/accounts';
import { AuthUser, Clock, DomainError } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Entreprise } from '../entreprises/entreprise.entity';
import { EntrepriseMembre, RattachementStatut } from './membre.entity';

type MembreWithUser = EntrepriseMembre & { user: User };
type MembreWithAll = MembreWithUser & { entreprise: Entreprise };

export interface NewRattachement {
  entrepriseId: string;
  userId: string;
  statut: RattachementStatut;
  telephone?: string | null;
  decidedById?: string | null;
}

/** The links between employer accounts and entreprises, and the CRE's decisions on them. */
@Injectable()
export class RattachementsService {
  constructor(
    @InjectRepository(EntrepriseMembre) private readonly membres: Repository<EntrepriseMembre>,
    private readonly clock: Clock,
  ) {}

  /** Inside the caller's transaction (sign-up, invitation acceptance); a repeated link is kept. */
  async attach(manager: EntityManager, values: NewRattachement): Promise<void> {
    const decided = values.statut !== RattachementStatut.EN_ATTENTE;
    await manager
      .createQueryBuilder()
      .insert()
      .into(EntrepriseMembre)
      .values({
        ...values,
        decidedById: values.decidedById ?? null,
        decidedAt: decided ? this.clock.now() : null,
      })
      .orIgnore()
      .execute();
  }

  /** The members of an entreprise; an employer sees only the validated ones. */
  async membresOf(entrepriseId: string, onlyValidated: boolean): Promise<MembreWithUser[]> {
    const qb = this.membres
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.user', 'u')
      .where('m.entrepriseId = :entrepriseId', { entrepriseId })
      .orderBy('u.nom', 'ASC')
      .addOrderBy('u.prenom', 'ASC');
    if (onlyValidated) qb.andWhere('m.statut = :statut', { statut: RattachementStatut.VALIDEE });
    return (await qb.getMany()) as MembreWithUser[];
  }

  /** The links of the structure, oldest first: the queue of the CREs. */
  async listForStructure(user: AuthUser, statut?: RattachementStatut): Promise<MembreWithAll[]> {
    const qb = this.withEntrepriseAndUser(user).orderBy('m.createdAt', 'ASC');
    if (statut) qb.andWhere('m.statut = :statut', { statut });
    return (await qb.getMany()) as MembreWithAll[];
  }

  /** Validates or refuses a link; deciding again overrides (a CRE may change their mind). */
  async decide(
    entrepriseId: string,
    userId: string,
    statut: RattachementStatut.VALIDEE | RattachementStatut.REFUSEE,
    user: AuthUser,
  ): Promise<MembreWithAll> {
    const find = () =>
      this.withEntrepriseAndUser(user)
        .andWhere('m.entrepriseId = :entrepriseId AND m.userId = :userId', {
          entrepriseId,
          userId,
        })
        .getOne() as Promise<MembreWithAll | null>;
    const membre = await find();
    if (!membre) throw DomainError.notFound('Le rattachement');
    if (membre.statut !== statut) {
      await this.membres.update(
        { entrepriseId, userId },
        { statut, decidedById: user.id, decidedAt: this.clock.now() },
      );
    }
    return (await find())!;
  }

  private withEntrepriseAndUser(user: AuthUser) {
    return this.membres
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.entreprise', 'e')
      .innerJoinAndSelect('m.user', 'u')
      .where('e.structureId = :structureId', { structureId: user.structureId });
  }
}

import { Structure, UsersService } from '@app/accounts';
import { DomainError, Role } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isUniqueViolation } from '../entreprises/entreprise-edition.service';
import { Entreprise } from '../entreprises/entreprise.entity';
import { RattachementStatut } from '../membres/membre.entity';
import { RattachementsService } from '../membres/rattachements.service';
import { InscriptionDto, InscriptionView } from './inscription.dto';

/**
 * An employer signs up from the Mission Locale's portal: the account, the entreprise (unless the
 * structure already knows that SIRET) and a pending link, all or nothing. The account sees no
 * entreprise data until a CRE has checked who they are and validated the link.
 */
@Injectable()
export class InscriptionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly rattachements: RattachementsService,
  ) {}

  async inscrire(structureCode: string, dto: InscriptionDto): Promise<InscriptionView> {
    const { entreprise: fields, ...personne } = dto;
    const user = await this.dataSource
      .transaction(async (manager) => {
        const structure = await manager.getRepository(Structure).findOneBy({ code: structureCode });
        if (!structure) throw DomainError.notFound('La Mission Locale');
        if (await this.users.existsByEmail(personne.email, manager)) {
          throw emailTaken();
        }
        const created = await this.users.create(
          {
            structureId: structure.id,
            email: personne.email,
            password: personne.password,
            prenom: personne.prenom,
            nom: personne.nom,
            role: Role.EMPLOYEUR,
          },
          manager,
        );
        // Two sign-ups for the same new SIRET at once: ON CONFLICT DO NOTHING lets the second one
        // link to the row the first created instead of failing.
        await manager
          .createQueryBuilder()
          .insert()
          .into(Entreprise)
          .values({ ...fields, structureId: structure.id, createdById: created.id })
          .orIgnore()
          .execute();
        const entreprise = await manager
          .getRepository(Entreprise)
          .findOneByOrFail({ structureId: structure.id, siret: fields.siret });
        await this.rattachements.attach(manager, {
          entrepriseId: entreprise.id,
          userId: created.id,
          statut: RattachementStatut.EN_ATTENTE,
          telephone: personne.telephone ?? null,
        });
        return created;
      })
      .catch((error: unknown) => {
        // The same address signed up twice at once: the second one meets the unique index.
        if (isUniqueViolation(error, 'UQ_users_email')) throw emailTaken();
        throw error;
      });
    return {
      userId: user.id,
      email: user.email,
      statut: RattachementStatut.EN_ATTENTE,
      message:
        'Votre compte est créé. La Mission Locale va vérifier votre rattachement à l’entreprise avant de vous y donner accès.',
    };
  }
}

const emailTaken = () =>
  new DomainError('EMAIL_TAKEN', 'Un compte existe déjà avec cette adresse e-mail.', {
    field: 'email',
  });

import { hashPassword, Structure, UsersService } from '@app/accounts';
import { DomainError, escapeHtml, MailService, Role } from '@app/core';
import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
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
 *
 * An address that already has an account gets the very same answer (status, shape, an id, about
 * the same time: the password is hashed all the same), so the form tells nobody which addresses
 * have accounts; the owner learns of the attempt by email.
 */
@Injectable()
export class InscriptionService {
  private readonly logger = new Logger('Inscription');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly rattachements: RattachementsService,
    private readonly mail: MailService,
  ) {}

  async inscrire(structureCode: string, dto: InscriptionDto): Promise<InscriptionView> {
    const { entreprise: fields, ...personne } = dto;
    let structureNom = '';
    const user = await this.dataSource
      .transaction(async (manager) => {
        const structure = await manager.getRepository(Structure).findOneBy({ code: structureCode });
        if (!structure) throw DomainError.notFound('La Mission Locale');
        structureNom = structure.nom;
        if (await this.users.existsByEmail(personne.email, manager)) return null;
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
        if (isUniqueViolation(error, 'UQ_users_email')) return null;
        throw error;
      });
    if (!user) {
      await hashPassword(personne.password);
      this.prevenirTitulaire(personne.email, structureNom);
    }
    return {
      userId: user?.id ?? randomUUID(),
      email: personne.email,
      statut: RattachementStatut.EN_ATTENTE,
      message:
        'Votre compte est créé. La Mission Locale va vérifier votre rattachement à l’entreprise avant de vous y donner accès.',
    };
  }

  /** Not awaited: the answer must not wait for (or reveal) this email. */
  private prevenirTitulaire(email: string, structureNom: string): void {
    const text =
      `Une inscription au portail employeurs de ${structureNom} a été tentée avec votre adresse. ` +
      'Vous avez déjà un compte : connectez-vous avec cette adresse. Si ce n’était pas vous, ignorez ce message.';
    this.mail
      .send({
        to: email,
        subject: 'Vous avez déjà un compte',
        text,
        html: `<p>${escapeHtml(text)}</p>`,
      })
      .catch((error: Error) =>
        this.logger.warn(`Avis « compte existant » non envoyé : ${error.message}`),
      );
  }
}

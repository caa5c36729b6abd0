import { AccountsModule, Invitation, InvitationsService, User } from '@app/accounts';
import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';
import { EntrepriseContact } from './contacts/contact.entity';
import { ContactsService } from './contacts/contacts.service';
import { EntrepriseEditionService } from './entreprises/entreprise-edition.service';
import { Entreprise } from './entreprises/entreprise.entity';
import { EntreprisesService } from './entreprises/entreprises.service';
import { EntrepriseMembre, RattachementStatut } from './membres/membre.entity';
import { RattachementsService } from './membres/rattachements.service';
import { InscriptionService } from './portail/inscription.service';
import { EntrepriseNote } from './notes/entreprise-note.entity';
import { EntrepriseNotesService } from './notes/entreprise-notes.service';

/** Employers (entreprises), their contacts and accounts: services, importable by other modules. */
@Module({
  imports: [
    AccountsModule,
    TypeOrmModule.forFeature([Entreprise, EntrepriseContact, EntrepriseMembre, EntrepriseNote]),
  ],
  providers: [
    EntreprisesService,
    EntrepriseEditionService,
    ContactsService,
    RattachementsService,
    InscriptionService,
    EntrepriseNotesService,
  ],
  exports: [
    EntreprisesService,
    EntrepriseEditionService,
    RattachementsService,
    InscriptionService,
    EntrepriseNotesService,
  ],
})
export class EntreprisesModule implements OnModuleInit {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly rattachements: RattachementsService,
  ) {}

  /** An employer invited for an entreprise is attached to it, validated, when they accept. */
  onModuleInit(): void {
    this.invitations.onAccepted((invitation, user, manager) =>
      this.attachInvited(invitation, user, manager),
    );
  }

  private async attachInvited(
    invitation: Invitation,
    user: User,
    manager: EntityManager,
  ): Promise<void> {
    if (!invitation.entrepriseId) return;
    // The invitation's entreprise column has no foreign key: check it still exists, in the
    // invitation's structure, rather than fail the acceptance.
    const exists = await manager.getRepository(Entreprise).existsBy({
      id: invitation.entrepriseId,
      structureId: invitation.structureId,
    });
    if (!exists) return;
    await this.rattachements.attach(manager, {
      entrepriseId: invitation.entrepriseId,
      userId: user.id,
      statut: RattachementStatut.VALIDEE,
      // The CRE who invited vouched for the person.
      decidedById: invitation.invitedById,
    });
  }
}

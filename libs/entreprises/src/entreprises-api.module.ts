import { AccountsModule } from '@app/accounts';
import { Module } from '@nestjs/common';
import { EntreprisesController } from './entreprises/entreprises.controller';
import { EntreprisesModule } from './entreprises.module';
import { EntrepriseInvitationsController } from './invitations/entreprise-invitations.controller';
import { RattachementsController } from './membres/rattachements.controller';
import { EntrepriseNotesController } from './notes/entreprise-notes.controller';
import { PortailController } from './portail/portail.controller';

/** The HTTP side of entreprises (API app only). */
@Module({
  imports: [EntreprisesModule, AccountsModule],
  // RattachementsController first: its static `rattachements` path must win over `:id`.
  controllers: [
    RattachementsController,
    EntreprisesController,
    EntrepriseInvitationsController,
    PortailController,
    EntrepriseNotesController,
  ],
})
export class EntreprisesApiModule {}

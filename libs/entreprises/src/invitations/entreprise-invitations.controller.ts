import { InvitationsService } from '@app/accounts';
import { AuthUser, CurrentUser, Role, Roles, UuidPipe } from '@app/core';
import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EntreprisesService } from '../entreprises/entreprises.service';
import { EntrepriseInvitationDto, EntrepriseInvitationView } from './entreprise-invitation.dto';

@ApiTags('Entreprises')
@ApiBearerAuth()
@Controller('entreprises')
export class EntrepriseInvitationsController {
  constructor(
    private readonly entreprises: EntreprisesService,
    private readonly invitations: InvitationsService,
  ) {}

  @Post(':id/invitations')
  @Roles(Role.ADMIN, Role.CRE)
  @ApiOperation({
    summary:
      "Inviter un employeur pour cette entreprise : à l'acceptation, son compte y est rattaché (validé)",
  })
  @ApiCreatedResponse({ type: EntrepriseInvitationView })
  async invite(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: EntrepriseInvitationDto,
  ): Promise<EntrepriseInvitationView> {
    const entreprise = await this.entreprises.getForUser(id, user);
    const invitation = await this.invitations.create(
      { ...dto, role: Role.EMPLOYEUR, entrepriseId: entreprise.id },
      user,
    );
    return EntrepriseInvitationView.of(invitation);
  }
}

import { AuthUser, CurrentUser, Public, Role, Roles, UuidPipe } from '@app/core';
import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiGoneResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Session } from '../auth/auth.service';
import { AcceptInvitationDto, CreateInvitationDto, InvitationView } from './invitation.dto';
import { InvitationsService } from './invitations.service';

@ApiTags('Invitations')
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post()
  @ApiBearerAuth()
  @Roles(Role.ADMIN, Role.CRE)
  @ApiOperation({
    summary:
      'Inviter une personne (un employeur, par un CRE) : un lien à usage unique part par e-mail',
  })
  @ApiCreatedResponse({ type: InvitationView })
  async create(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateInvitationDto,
  ): Promise<InvitationView> {
    return InvitationView.of(await this.invitations.create(dto, user));
  }

  @Get()
  @ApiBearerAuth()
  @Roles(Role.ADMIN, Role.CRE)
  @ApiOperation({ summary: 'Les invitations de la structure, avec leur état d’envoi' })
  @ApiOkResponse({ type: [InvitationView] })
  async list(@CurrentUser() user: AuthUser): Promise<InvitationView[]> {
    const invitations = await this.invitations.listForStructure(user);
    const deliveries = await this.invitations.deliveries(invitations);
    return invitations.map((i) => InvitationView.of(i, deliveries.get(i.messageId ?? '')));
  }

  @Post(':id/renvoyer')
  @HttpCode(200)
  @ApiBearerAuth()
  @Roles(Role.ADMIN, Role.CRE)
  @ApiOperation({ summary: 'Renvoyer une invitation : nouveau lien (l’ancien ne fonctionne plus)' })
  @ApiOkResponse({ type: InvitationView })
  async resend(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
  ): Promise<InvitationView> {
    return InvitationView.of(await this.invitations.resend(id, user));
  }

  @Public()
  @Post('accepter/:token')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Choisir son mot de passe depuis le lien reçu : crée le compte, une seule fois',
  })
  @ApiGoneResponse({ description: 'Lien inconnu, expiré ou déjà utilisé' })
  @ApiCreatedResponse({ type: Session })
  accept(@Param('token') token: string, @Body() dto: AcceptInvitationDto): Promise<Session> {
    return this.invitations.accept(token, dto.password);
  }
}

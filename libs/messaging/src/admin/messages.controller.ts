import { AuthUser, CurrentUser, UuidPipe, Role, Roles } from '@app/core';
import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EtatMessagesView } from './etat-messages.view';
import { MessagesPageView, MessageView } from './message.view';
import { MessagesQueryDto, StatistiquesQueryDto } from './messages-query.dto';
import { MessagesAdminService } from './messages-admin.service';
import { ContactsStatistiquesView } from './contacts-statistiques.view';

@ApiTags('messages')
@ApiBearerAuth()
@Controller()
export class MessagesController {
  constructor(private readonly admin: MessagesAdminService) {}

  @Get('messages')
  @Roles(Role.ADMIN, Role.CRE)
  @ApiOperation({
    summary: 'Messages de la structure (ex. ?statut=echec : les échecs et leur erreur)',
  })
  @ApiOkResponse({ type: MessagesPageView })
  async list(
    @Query() q: MessagesQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<MessagesPageView> {
    const { total, items } = await this.admin.list(q, user);
    return { total, items: items.map((m) => MessageView.of(m, user)) };
  }

  @Get('messages/statistiques')
  @Roles(Role.ADMIN, Role.CRE)
  @ApiOkResponse({ type: ContactsStatistiquesView })
  @ApiOperation({ summary: 'Contacts des jeunes par e-mail et SMS sur une année (bilan annuel)' })
  statistiques(
    @Query() q: StatistiquesQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ContactsStatistiquesView> {
    return this.admin.statistiques(q.annee, user);
  }

  @Get('messages/etat')
  @Roles(Role.ADMIN)
  @ApiOperation({
    summary:
      'Par canal et statut : nombre de messages et âge du plus ancien (messages bloqués, incertains)',
  })
  @ApiOkResponse({ type: [EtatMessagesView] })
  etat(@CurrentUser() user: AuthUser) {
    return this.admin.etat(user);
  }

  @Get('messages/:id')
  @Roles(Role.ADMIN, Role.CRE)
  @ApiOkResponse({ type: MessageView })
  async get(@Param('id', UuidPipe) id: string, @CurrentUser() user: AuthUser) {
    return MessageView.of(await this.admin.get(id, user), user);
  }

  @Post('messages/:id/renvoyer')
  @HttpCode(200)
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: 'Renvoie un message en échec ou incertain' })
  @ApiOkResponse({ type: MessageView })
  async resend(@Param('id', UuidPipe) id: string, @CurrentUser() user: AuthUser) {
    return MessageView.of(await this.admin.resend(id, user), user);
  }

  @Get('jeunes/:jeuneId/messages')
  @Roles(Role.ADMIN, Role.CRE, Role.CONSEILLER)
  @ApiOperation({ summary: 'Historique des messages envoyés à un jeune' })
  @ApiOkResponse({ type: [MessageView] })
  async timeline(@Param('jeuneId', UuidPipe) jeuneId: string, @CurrentUser() user: AuthUser) {
    return (await this.admin.timeline(jeuneId, user)).map((m) => MessageView.of(m, user));
  }
}

import { AuthUser, CurrentUser, Role, Roles, UuidPipe } from '@app/core';
import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PropositionsService } from '../propositions/propositions.service';
import { ReglagesService } from '../reglages/reglages.service';
import { PropositionView } from './proposition.view';
import { ReglagesDto } from './reglages.dto';
import { ReglagesView } from './reglages.view';

@ApiTags('Matching')
@ApiBearerAuth()
@Controller()
export class PropositionsController {
  constructor(
    private readonly propositions: PropositionsService,
    private readonly reglages: ReglagesService,
  ) {}

  @Get('offres/:id/propositions')
  @Roles(Role.ADMIN, Role.CRE)
  @ApiOperation({
    summary:
      "Les candidats proposés pour l'offre, meilleur score d'abord, avec le détail et les raisons",
  })
  @ApiOkResponse({ type: [PropositionView] })
  async list(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
  ): Promise<PropositionView[]> {
    return (await this.propositions.listerPourUtilisateur(id, user)).map(PropositionView.of);
  }

  @Get('matching/reglages')
  @Roles(Role.ADMIN, Role.CRE)
  @ApiOperation({ summary: 'Les poids du score et les structures voisines de ma structure' })
  @ApiOkResponse({ type: ReglagesView })
  lire(@CurrentUser() user: AuthUser): Promise<ReglagesView> {
    return this.reglages.lire(user.structureId);
  }

  @Put('matching/reglages')
  @Roles(Role.ADMIN)
  @ApiOperation({
    summary:
      'Modifier les poids (au-dessus de la configuration) et ouvrir les offres aux jeunes de structures voisines',
  })
  @ApiOkResponse({ type: ReglagesView })
  definir(@CurrentUser() user: AuthUser, @Body() dto: ReglagesDto): Promise<ReglagesView> {
    return this.reglages.definir(user.structureId, dto);
  }
}

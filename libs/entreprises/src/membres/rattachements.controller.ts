import { AuthUser, CurrentUser, Role, Roles, UuidPipe } from '@app/core';
import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ListRattachementsQuery } from './list-rattachements.query';
import { RattachementStatut } from './membre.entity';
import { RattachementView } from './membre.view';
import { RattachementsService } from './rattachements.service';

/**
 * The CRE's checks of employer accounts. Registered before EntreprisesController so that
 * `GET /entreprises/rattachements` is not taken for `GET /entreprises/:id`.
 */
@ApiTags('Entreprises')
@ApiBearerAuth()
@Controller('entreprises')
@Roles(Role.ADMIN, Role.CRE)
export class RattachementsController {
  constructor(private readonly rattachements: RattachementsService) {}

  @Get('rattachements')
  @ApiOperation({ summary: 'Les rattachements de comptes employeurs (filtre : statut)' })
  @ApiOkResponse({ type: [RattachementView] })
  async list(
    @CurrentUser() user: AuthUser,
    @Query() query: ListRattachementsQuery,
  ): Promise<RattachementView[]> {
    return (await this.rattachements.listForStructure(user, query.statut)).map(RattachementView.of);
  }

  @Post(':id/membres/:userId/valider')
  @HttpCode(200)
  @ApiOperation({ summary: "Valider le rattachement d'un compte employeur à l'entreprise" })
  @ApiOkResponse({ type: RattachementView })
  async validate(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Param('userId', UuidPipe) userId: string,
  ): Promise<RattachementView> {
    return RattachementView.of(
      await this.rattachements.decide(id, userId, RattachementStatut.VALIDEE, user),
    );
  }

  @Post(':id/membres/:userId/refuser')
  @HttpCode(200)
  @ApiOperation({ summary: "Refuser (ou retirer) le rattachement d'un compte employeur" })
  @ApiOkResponse({ type: RattachementView })
  async refuse(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Param('userId', UuidPipe) userId: string,
  ): Promise<RattachementView> {
    return RattachementView.of(
      await this.rattachements.decide(id, userId, RattachementStatut.REFUSEE, user),
    );
  }
}

import { AuthUser, CurrentUser, Role, Roles, UuidPipe } from '@app/core';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { MerReponsesService } from '../lifecycle/mer-reponses.service';
import { MerTriService } from '../lifecycle/mer-tri.service';
import { MerCompteursView, MerEmployeurView, MerView } from '../query/mer.view';
import { MerQueryService } from '../query/mer-query.service';
import { DesistementDto, MerQueryDto, ReponseEmployeurDto } from './mer.dto';

const STAFF = [Role.ADMIN, Role.CRE];

const VUES = [{ $ref: getSchemaPath(MerView) }, { $ref: getSchemaPath(MerEmployeurView) }];
const PAR_ROLE = 'Vue du personnel (score, raisons, historique) ou vue employeur (le candidat)';
const ONE_OF_VIEWS = { schema: { oneOf: VUES }, description: PAR_ROLE };
const ONE_OF_LISTS = {
  schema: { oneOf: VUES.map((items) => ({ type: 'array', items })) },
  description: PAR_ROLE,
};

@ApiTags('Mises en relation')
@ApiBearerAuth()
@ApiExtraModels(MerView, MerEmployeurView)
/** The MERs' lists, detail and later steps (the screening: MerTriController). */
@Controller()
export class MisesEnRelationController {
  constructor(
    private readonly query: MerQueryService,
    private readonly tri: MerTriService,
    private readonly reponses: MerReponsesService,
  ) {}

  @Get('mises-en-relation/compteurs')
  @Roles(...STAFF)
  @ApiOperation({
    summary: 'Compteurs : en cours, recrutements, sans réponse (par offre ou entreprise en option)',
  })
  @ApiOkResponse({ type: MerCompteursView })
  compteurs(@CurrentUser() user: AuthUser, @Query() q: MerQueryDto): Promise<MerCompteursView> {
    return this.query.compteurs(user, q);
  }

  @Get('mises-en-relation')
  @Roles(...STAFF, Role.CONSEILLER)
  @ApiOperation({
    summary:
      'Mises en relation (par statut, en attente de qui, offre, entreprise, jeune) ; un conseiller : ses jeunes',
  })
  @ApiOkResponse({ type: [MerView] })
  lister(@CurrentUser() user: AuthUser, @Query() q: MerQueryDto) {
    return this.query.lister(user, q);
  }

  @Get('mises-en-relation/:id')
  @ApiOperation({
    summary:
      'Une mise en relation et son historique (un employeur : le candidat, à partir de la transmission)',
  })
  @ApiOkResponse(ONE_OF_VIEWS)
  detail(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.query.detail(id, user);
  }

  @Post('mises-en-relation/:id/desister')
  @HttpCode(200)
  @Roles(...STAFF, Role.CONSEILLER)
  @ApiOperation({ summary: 'Désistement du jeune (à toute étape ouverte après la proposition)' })
  @ApiOkResponse({ type: MerView })
  async desister(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: DesistementDto,
  ) {
    return MerView.of(await this.tri.desister(id, user, dto.motif, dto.commentaire));
  }

  @Post('mises-en-relation/:id/reponse-employeur')
  @HttpCode(200)
  @Roles(...STAFF, Role.EMPLOYEUR)
  @ApiOperation({
    summary: 'Réponse de l’employeur : entretien, recrutée (contrat), non retenue (motif)',
  })
  @ApiOkResponse(ONE_OF_VIEWS)
  async reponseEmployeur(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: ReponseEmployeurDto,
  ) {
    const mer = await this.reponses.repondreEmployeurPourUtilisateur(id, user, dto);
    return this.query.detail(mer.id, user);
  }

  @Get('offres/:id/mises-en-relation')
  @Roles(...STAFF, Role.EMPLOYEUR)
  @ApiOperation({ summary: 'Historique par offre (un employeur : ses candidats transmis)' })
  @ApiOkResponse(ONE_OF_LISTS)
  pourOffre(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.query.pourOffre(id, user);
  }

  @Get('entreprises/:id/mises-en-relation')
  @Roles(...STAFF, Role.EMPLOYEUR)
  @ApiOperation({ summary: 'Historique par entreprise' })
  @ApiOkResponse(ONE_OF_LISTS)
  pourEntreprise(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.query.pourEntreprise(id, user);
  }
}

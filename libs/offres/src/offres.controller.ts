import { AuthUser, CurrentUser, DomainError, Role, Roles, UuidPipe } from '@app/core';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseEnumPipe,
  Patch,
  Post,
  Query,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { OFFRE_EXPIRY_DAYS } from './expiry/offre-expiry.service';
import { OffreLifecycleService } from './lifecycle/offre-lifecycle.service';
import { OffreTransitionView } from './lifecycle/offre-transition.view';
import { OffreAction } from './lifecycle/offre-transitions';
import { CreateOffreDto, TransitionDto, UpdateOffreDto } from './offre.dto';
import { OffresExportService } from './export/offres-export.service';
import { OffreListeView, OffrePageView, OffreView } from './offre.view';
import { OffreExportQueryDto, OffreQueryDto } from './offre-query.dto';
import { OffresQueryService, Page } from './offres-query.service';
import { OffresService } from './offres.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const view = (o: Parameters<typeof OffreView.of>[0]) => OffreView.of(o, OFFRE_EXPIRY_DAYS);
/** Actions a person may ask for by HTTP (expiry is the system's). */
const HTTP_ACTIONS = Object.values(OffreAction).filter((a) => a !== OffreAction.EXPIRER);
const ACTION_PIPE = new ParseEnumPipe(OffreAction, {
  exceptionFactory: () =>
    DomainError.invalid(
      'action',
      `Action inconnue ; actions possibles : ${HTTP_ACTIONS.join(', ')}.`,
    ),
});

@ApiTags('Offres')
@ApiBearerAuth()
@Controller('offres')
export class OffresController {
  constructor(
    private readonly offres: OffresService,
    private readonly query: OffresQueryService,
    private readonly lifecycle: OffreLifecycleService,
    private readonly exports: OffresExportService,
  ) {}

  @Post()
  @Roles(Role.ADMIN, Role.CRE, Role.EMPLOYEUR)
  @ApiOperation({
    summary: 'Créer une offre (brouillon, à valider, ou publiée directement par un CRE)',
  })
  @ApiConflictResponse({
    description:
      'OFFRE_DOUBLON : une offre semblable est en cours ; renvoyer avec confirmerDoublon',
  })
  @ApiOkResponse({ type: OffreView })
  async create(@CurrentUser() user: AuthUser, @Body() dto: CreateOffreDto): Promise<OffreView> {
    return view(await this.offres.create(dto, user));
  }

  @Get()
  @ApiOperation({ summary: 'Les offres visibles (filtres, tri, pagination)' })
  @ApiOkResponse({ type: OffrePageView })
  async list(
    @CurrentUser() user: AuthUser,
    @Query() q: OffreQueryDto,
  ): Promise<Page<OffreListeView>> {
    return this.query.pageListe(q, user);
  }

  @Get('export')
  @Roles(Role.ADMIN, Role.CRE)
  @ApiOperation({
    summary: 'Les offres de la liste (mêmes filtres et tri, toutes les pages) en CSV ou XLSX',
  })
  @ApiProduces('text/csv', XLSX)
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async export(
    @CurrentUser() user: AuthUser,
    @Query() q: OffreExportQueryDto,
  ): Promise<StreamableFile> {
    const { format = 'csv', ...filtres } = q;
    const body = await this.exports.export(filtres, format, user);
    return new StreamableFile(body, {
      type: format === 'csv' ? 'text/csv; charset=utf-8' : XLSX,
      disposition: `attachment; filename="offres.${format}"`,
    });
  }

  @Get(':id')
  @ApiOkResponse({ type: OffreView })
  async get(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<OffreView> {
    return view(await this.offres.getForUser(id, user));
  }

  @Patch(':id')
  @Roles(Role.ADMIN, Role.CRE, Role.EMPLOYEUR)
  @ApiOperation({
    summary: 'Modifier une offre (une offre publiée le reste ; les changements sont tracés)',
  })
  @ApiOkResponse({ type: OffreView })
  async update(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateOffreDto,
  ): Promise<OffreView> {
    return view(await this.offres.update(id, dto, user));
  }

  @Get(':id/historique')
  @ApiOperation({
    summary:
      "Le journal de l'offre : qui, quand, de quel état à quel état, pourquoi, quels changements",
  })
  @ApiOkResponse({ type: [OffreTransitionView] })
  async history(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
  ): Promise<OffreTransitionView[]> {
    return (await this.offres.history(id, user)).map(OffreTransitionView.of);
  }

  @Post(':id/:action')
  @HttpCode(200)
  @Roles(Role.ADMIN, Role.CRE, Role.EMPLOYEUR)
  @ApiParam({ name: 'action', enum: HTTP_ACTIONS })
  @ApiOperation({
    summary:
      "Changer l'état : soumettre, valider, publier, renvoyer, cloturer, prolonger, rouvrir, marquer-pourvue",
  })
  @ApiConflictResponse({ description: "OFFRE_TRANSITION_INTERDITE, avec l'état actuel" })
  @ApiOkResponse({ type: OffreView })
  async transition(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Param('action', ACTION_PIPE) action: OffreAction,
    @Body() dto: TransitionDto,
  ): Promise<OffreView> {
    await this.offres.getForUser(id, user);
    return view(await this.lifecycle.apply(id, action, { user, role: user.role }, dto));
  }
}

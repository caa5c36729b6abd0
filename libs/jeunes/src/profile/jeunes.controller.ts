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
  Put,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { Clock } from '@app/core';
import { JeuneAuditService } from '../audit/jeune-audit.service';
import { Canal, CANAUX, ConsentSource } from '../domain/jeune-codes';
import { JeuneAudit } from '../entities/jeune-audit.entity';
import { JeuneExport, JeunePrivacyService } from '../privacy/jeune-privacy.service';
import { JeuneFiltersDto, JeuneQueryDto } from '../query/jeune-query.dto';
import { JeuneCompteurs, JeunesQueryService } from '../query/jeunes-query.service';
import { JeuneConseillerView } from '../views/jeune-conseiller.view';
import { JeuneCreView } from '../views/jeune-cre.view';
import { JeuneResumeView, JeunesPageView } from '../views/jeune-resume.view';
import { assertCanEdit } from './jeune-access';
import { ChangeStatutDto, ConsentementDto } from './jeune-actions.dto';
import { CreateJeuneDto, UpdateJeuneDto } from './jeune.dto';
import { JeuneEditionService } from './jeune-edition.service';
import { ConsentState } from './jeune-public.types';
import { JeunesService } from './jeunes.service';

const CANAL_PIPE = new ParseEnumPipe(
  { email: 'email', sms: 'sms' },
  { exceptionFactory: () => DomainError.invalid('canal', `Canal inconnu : ${CANAUX.join(', ')}.`) },
);

const PROFIL_PAR_ROLE = {
  schema: {
    oneOf: [{ $ref: getSchemaPath(JeuneConseillerView) }, { $ref: getSchemaPath(JeuneCreView) }],
  },
  description: 'Profil complet (conseiller, admin) ou de présélection, sans coordonnées (CRE)',
};

/** Staff only: an employer never reaches a jeune here (403); another structure's jeune is a 404. */
@ApiTags('Jeunes')
@ApiBearerAuth()
@ApiExtraModels(JeuneConseillerView, JeuneCreView)
@Roles(Role.ADMIN, Role.CONSEILLER, Role.CRE)
@Controller('jeunes')
export class JeunesController {
  constructor(
    private readonly jeunes: JeunesService,
    private readonly edition: JeuneEditionService,
    private readonly query: JeunesQueryService,
    private readonly privacy: JeunePrivacyService,
    private readonly audit: JeuneAuditService,
    private readonly clock: Clock,
  ) {}

  @Post()
  @Roles(Role.ADMIN, Role.CONSEILLER)
  @ApiOperation({
    summary: 'Inscrire un jeune (16 à 25 ans) ; un conseiller en devient le référent',
  })
  @ApiCreatedResponse({ type: JeuneConseillerView })
  async create(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateJeuneDto,
  ): Promise<JeuneConseillerView> {
    return JeuneConseillerView.of(await this.edition.create(dto, user), this.clock.now());
  }

  @Get()
  @ApiOperation({
    summary: 'Les jeunes de la structure (filtres, tri, pagination), sans coordonnées',
  })
  @ApiOkResponse({ type: JeunesPageView })
  async list(@CurrentUser() user: AuthUser, @Query() q: JeuneQueryDto): Promise<JeunesPageView> {
    const page = await this.query.list(q, user);
    const now = this.clock.now();
    return { ...page, items: page.items.map((j) => JeuneResumeView.of(j, now, user)) };
  }

  @Get('compteurs')
  @ApiOperation({
    summary: 'Compteurs pour les tableaux de bord, avec les mêmes filtres que la liste',
  })
  @ApiOkResponse({ type: JeuneCompteurs })
  counts(@CurrentUser() user: AuthUser, @Query() q: JeuneFiltersDto): Promise<JeuneCompteurs> {
    return this.query.counts(q, user);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'Le profil : complet (conseiller, admin) ou de présélection (CRE) ; lecture tracée',
  })
  @ApiOkResponse(PROFIL_PAR_ROLE)
  get(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
  ): Promise<JeuneConseillerView | JeuneCreView> {
    return this.jeunes.read(id, user);
  }

  @Patch(':id')
  @Roles(Role.ADMIN, Role.CONSEILLER)
  @ApiOkResponse({ type: JeuneConseillerView })
  async update(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateJeuneDto,
  ): Promise<JeuneConseillerView> {
    return JeuneConseillerView.of(await this.edition.update(id, dto, user), this.clock.now());
  }

  @Post(':id/statut')
  @HttpCode(200)
  @Roles(Role.ADMIN, Role.CONSEILLER)
  @ApiOperation({ summary: 'Changer le statut (actif, en_emploi, en_formation, sorti), tracé' })
  @ApiOkResponse({ type: JeuneConseillerView })
  async statut(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: ChangeStatutDto,
  ): Promise<JeuneConseillerView> {
    const saved = await this.edition.changeStatut(id, dto.statut, dto.motif?.trim() || null, user);
    return JeuneConseillerView.of(saved, this.clock.now());
  }

  @Put(':id/consentements/:canal')
  @Roles(Role.ADMIN, Role.CONSEILLER)
  @ApiParam({ name: 'canal', enum: CANAUX })
  @ApiOperation({ summary: 'Consentement recueilli ou retiré par le conseiller (historisé)' })
  @ApiOkResponse({ type: ConsentState })
  async consent(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Param('canal', CANAL_PIPE) canal: Canal,
    @Body() dto: ConsentementDto,
  ): Promise<ConsentState> {
    assertCanEdit(await this.jeunes.getForUser(id, user), user);
    return this.jeunes.setConsent(id, canal, dto.donne, ConsentSource.CONSEILLER, user.id);
  }

  @Get(':id/historique')
  @Roles(Role.ADMIN, Role.CONSEILLER)
  @ApiOperation({ summary: 'Historique des statuts et des consentements' })
  history(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.jeunes.history(id, user);
  }

  @Get(':id/audit')
  @Roles(Role.ADMIN)
  @ApiOperation({
    summary: 'Qui a lu ou modifié quoi, et quand (noms de champs, jamais les valeurs)',
  })
  async auditTrail(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
  ): Promise<JeuneAudit[]> {
    await this.jeunes.getForUser(id, user);
    return this.audit.list(id);
  }

  @Get(':id/export')
  @Roles(Role.ADMIN, Role.CONSEILLER)
  @ApiOperation({
    summary: "Droit d'accès : tout ce que la Mission Locale détient sur le jeune (JSON)",
  })
  export(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<JeuneExport> {
    return this.privacy.export(id, user);
  }

  @Post(':id/anonymiser')
  @HttpCode(204)
  @Roles(Role.ADMIN)
  @ApiOperation({
    summary: "Droit à l'effacement : identité et coordonnées effacées, statistiques gardées",
  })
  async erase(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<void> {
    await this.privacy.erase(id, user);
  }
}

import { AuthUser, CurrentUser, Role, Roles, STAFF_ROLES, UuidPipe } from '@app/core';
import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { isStaff } from './audience';
import { CreateEntrepriseDto, UpdateEntrepriseDto } from './entreprise.dto';
import { EntrepriseEditionService } from './entreprise-edition.service';
import { EntrepriseCreView, EntrepriseEmployeurView, EntreprisesPageView } from './entreprise.view';
import { EntreprisesService } from './entreprises.service';
import { ListEntreprisesQuery } from './list-entreprises.query';

type EntrepriseView = EntrepriseCreView | EntrepriseEmployeurView;

const ONE_OF_VIEWS = {
  schema: {
    oneOf: [
      { $ref: getSchemaPath(EntrepriseCreView) },
      { $ref: getSchemaPath(EntrepriseEmployeurView) },
    ],
  },
  description: 'Vue du personnel (avec les notes du CRE) ou vue employeur (sans les notes)',
};

@ApiTags('Entreprises')
@ApiBearerAuth()
@ApiExtraModels(EntrepriseCreView, EntrepriseEmployeurView)
@Controller('entreprises')
export class EntreprisesController {
  constructor(
    private readonly entreprises: EntreprisesService,
    private readonly edition: EntrepriseEditionService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Les entreprises de la structure (personnel) ou les siennes (employeur)',
  })
  @ApiOkResponse({ type: EntreprisesPageView })
  async list(
    @CurrentUser() user: AuthUser,
    @Query() query: ListEntreprisesQuery,
  ): Promise<EntreprisesPageView> {
    return this.entreprises.page(user, query);
  }

  @Post()
  @Roles(Role.ADMIN, Role.CRE)
  @ApiOperation({ summary: 'Enregistrer une entreprise (un SIRET par structure)' })
  @ApiCreatedResponse({ type: EntrepriseCreView })
  async create(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateEntrepriseDto,
  ): Promise<EntrepriseCreView> {
    const entreprise = await this.edition.create(dto, user);
    return EntrepriseCreView.of(await this.entreprises.detailForUser(entreprise.id, user));
  }

  @Get(':id')
  @Roles(...STAFF_ROLES, Role.EMPLOYEUR)
  @ApiOperation({ summary: 'Une entreprise, ses contacts et ses comptes employeurs' })
  @ApiOkResponse(ONE_OF_VIEWS)
  async get(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
  ): Promise<EntrepriseView> {
    return this.view(id, user);
  }

  @Patch(':id')
  @Roles(Role.ADMIN, Role.CRE, Role.EMPLOYEUR)
  @ApiOperation({
    summary: 'Modifier une entreprise ; `contacts`, si donné, remplace la liste des contacts',
  })
  @ApiOkResponse(ONE_OF_VIEWS)
  async update(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateEntrepriseDto,
  ): Promise<EntrepriseView> {
    await this.edition.update(id, dto, user);
    return this.view(id, user);
  }

  private async view(id: string, user: AuthUser): Promise<EntrepriseView> {
    const detail = await this.entreprises.detailForUser(id, user);
    return isStaff(user) ? EntrepriseCreView.of(detail) : EntrepriseEmployeurView.of(detail);
  }
}

import { AuthUser, CurrentUser, Role, Roles } from '@app/core';
import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Put,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { ReseauService } from '../reseau/reseau.service';
import { rapportCsv, rapportXlsx } from './rapport-export';
import { RapportQueryDto, ReseauQueryDto } from './rapport-query.dto';
import { RapportService } from './rapport.service';

export class AdhesionDto {
  /** The structure's department (INSEE code: 59, 2A, 974…): the network groups by it. */
  @IsString({ message: 'Indiquez le département de la structure' })
  @Matches(/^(\d{2}|2[AB]|9[78]\d)$/, {
    message: 'Le département doit être un code INSEE (59, 2A, 974…)',
  })
  departement: string;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('Pilotage')
@ApiBearerAuth()
@Controller('pilotage')
export class RapportController {
  constructor(
    private readonly rapports: RapportService,
    private readonly reseau: ReseauService,
  ) {}

  @Get('rapport')
  @Roles(Role.ADMIN, Role.CRE)
  @ApiOperation({
    summary:
      "Rapport d'activité de la structure (année en cours par défaut) : chaque indicateur avec sa définition, la date retenue, la valeur de la période précédente et sa ventilation",
  })
  rapport(@CurrentUser() user: AuthUser, @Query() q: RapportQueryDto) {
    return this.rapports.structure(user, q);
  }

  @Get('rapport/csv')
  @Roles(Role.ADMIN, Role.CRE)
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Le même rapport en CSV (séparateur « ; », UTF-8)' })
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="rapport-activite.csv"')
  async csv(@CurrentUser() user: AuthUser, @Query() q: RapportQueryDto): Promise<string> {
    return rapportCsv(await this.rapports.structure(user, q));
  }

  @Get('rapport/xlsx')
  @Roles(Role.ADMIN, Role.CRE)
  @ApiProduces(XLSX)
  @ApiOperation({ summary: 'Le même rapport en XLSX' })
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async xlsx(@CurrentUser() user: AuthUser, @Query() q: RapportQueryDto): Promise<StreamableFile> {
    const buffer = await rapportXlsx(await this.rapports.structure(user, q));
    return new StreamableFile(buffer, {
      type: XLSX,
      disposition: 'attachment; filename="rapport-activite.xlsx"',
    });
  }

  @Get('reseau')
  @Roles(Role.ADMIN)
  @ApiOperation({
    summary:
      'Les mêmes chiffres pour le réseau (structures ayant adhéré), au national et par région ou département',
  })
  reseauRapport(@CurrentUser() user: AuthUser, @Query() q: ReseauQueryDto) {
    return this.reseau.reseau(user, q);
  }

  @Put('reseau/adhesion')
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: 'La structure partage ses chiffres avec le réseau' })
  adherer(@CurrentUser() user: AuthUser, @Body() body: AdhesionDto) {
    return this.reseau.adherer(user, body.departement);
  }

  @Delete('reseau/adhesion')
  @HttpCode(204)
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: 'La structure ne partage plus ses chiffres' })
  async retirer(@CurrentUser() user: AuthUser): Promise<void> {
    await this.reseau.retirer(user);
  }
}

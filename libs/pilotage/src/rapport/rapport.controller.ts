import { AuthUser, CurrentUser, Role, Roles } from '@app/core';
import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { rapportCsv, rapportXlsx } from './rapport-export';
import { RapportQueryDto } from './rapport-query.dto';
import { RapportService } from './rapport.service';
import { RapportSchema } from './rapport.schema';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('Pilotage')
@ApiBearerAuth()
@Controller('pilotage')
export class RapportController {
  constructor(private readonly rapports: RapportService) {}

  @Get('rapport')
  @Roles(Role.ADMIN, Role.CRE)
  @ApiOkResponse({ type: RapportSchema })
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
  @ApiOkResponse({ schema: { type: 'string' } })
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
}

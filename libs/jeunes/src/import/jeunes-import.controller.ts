import { AuthUser, CurrentUser, DomainError, Role, Roles } from '@app/core';
import { Controller, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { actorOf } from '../audit/jeune-audit.service';
import { ImportReport, JeunesImportService } from './jeunes-import.service';

const CSV_TYPES = [
  'text/csv',
  'application/csv',
  'text/plain',
  'application/vnd.ms-excel',
  'application/octet-stream',
];

@ApiTags('Jeunes')
@ApiBearerAuth()
@Controller('jeunes/import')
export class JeunesImportController {
  constructor(private readonly importer: JeunesImportService) {}

  /**
   * The body is the CSV file itself (`Content-Type: text/csv`), read as a stream: no body parser
   * holds it in memory, so 100,000 rows go through in constant memory.
   */
  @Post()
  @HttpCode(200)
  @Roles(Role.ADMIN)
  @ApiConsumes('text/csv')
  @ApiQuery({ name: 'lignes', required: false, enum: ['toutes', 'rejets'] })
  @ApiOperation({
    summary: 'Importer l’export CSV du SI de la Mission Locale (upsert par identifiant externe)',
    description:
      'Colonnes : voir libs/jeunes/README.md. Séparateur ; ou , — UTF-8 ou Windows-1252.',
  })
  async import(
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
    @Query('lignes') lignes?: string,
  ): Promise<ImportReport> {
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (!CSV_TYPES.includes(type)) {
      throw new DomainError(
        'UNSUPPORTED_MEDIA_TYPE',
        'Envoyez le fichier CSV tel quel, avec l’en-tête Content-Type: text/csv.',
      );
    }
    const report = await this.importer.import(req, {
      structureId: user.structureId,
      actor: actorOf(user),
    });
    return lignes === 'rejets'
      ? { ...report, lignes: report.lignes.filter((l) => l.statut === 'rejete') }
      : report;
  }
}

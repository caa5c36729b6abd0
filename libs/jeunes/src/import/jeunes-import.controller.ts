import { AuthUser, CurrentUser, DomainError, Role, Roles, UuidPipe } from '@app/core';
import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { actorOf } from '../audit/jeune-audit.service';
import { ImportStatus, JeunesImportJobs } from './jeunes-import-jobs.service';
import { ImportStatusView } from './import-status.view';

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
  constructor(private readonly imports: JeunesImportJobs) {}

  /**
   * The body is the CSV file itself (`Content-Type: text/csv`, no body parser). A large file
   * took a minute inside one request: the worker now imports it, the answer is 202 with the
   * status resource to poll (`Location`).
   */
  @Post()
  @HttpCode(202)
  @Roles(Role.ADMIN)
  @ApiConsumes('text/csv')
  @ApiAcceptedResponse({
    type: ImportStatusView,
    description: 'Import accepté : suivre /jeunes/import/{id}',
  })
  @ApiOperation({
    summary: 'Importer l’export CSV du SI de la Mission Locale (upsert par identifiant externe)',
    description:
      'Colonnes : voir libs/jeunes/README.md. Séparateur ; ou , — UTF-8 ou Windows-1252. ' +
      'Import en tâche de fond : suivre la progression et le rapport sur /jeunes/import/{id}.',
  })
  async import(
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ImportStatus> {
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (!CSV_TYPES.includes(type)) {
      throw new DomainError(
        'UNSUPPORTED_MEDIA_TYPE',
        'Envoyez le fichier CSV tel quel, avec l’en-tête Content-Type: text/csv.',
      );
    }
    const status = await this.imports.soumettre(req, {
      structureId: user.structureId,
      actor: actorOf(user),
    });
    res.setHeader('Location', `/jeunes/import/${status.id}`);
    return status;
  }

  @Get(':id')
  @Roles(Role.ADMIN)
  @ApiQuery({ name: 'lignes', required: false, enum: ['toutes', 'rejets'] })
  @ApiOkResponse({ type: ImportStatusView })
  @ApiOperation({
    summary: "L'état d'un import (en_attente, en_cours, termine, echec) et son rapport",
  })
  statut(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Query('lignes') lignes?: string,
  ): Promise<ImportStatus> {
    return this.imports.forUser(id, user, lignes === 'rejets' ? 'rejets' : undefined);
  }
}

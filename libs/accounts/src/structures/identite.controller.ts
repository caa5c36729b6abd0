import { DomainError, Public } from '@app/core';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { PortailLectureService } from '../auth/portail-lecture.service';
import { IdentiteView } from './identite.view';

/**
 * The identity the portal shows before anyone logs in (name, colour, logo). Public: nothing
 * in it is confidential. Without `code`, the first structure: a deployment serves one ML.
 */
@ApiTags('Portail employeurs')
@Controller('portail-identite')
export class IdentiteController {
  constructor(private readonly lecture: PortailLectureService) {}

  @Public()
  @Get()
  @ApiQuery({ name: 'code', required: false })
  @ApiOperation({ summary: 'Identité de la Mission Locale pour le portail (nom, couleur, logo)' })
  @ApiOkResponse({ type: IdentiteView })
  async get(@Query('code') code?: string): Promise<IdentiteView> {
    const identite = await this.lecture.identite(typeof code === 'string' ? code : undefined);
    if (!identite) throw DomainError.notFound('La Mission Locale');
    return identite;
  }
}

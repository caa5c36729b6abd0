import { DomainError, Public } from '@app/core';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiQuery, ApiTags } from '@nestjs/swagger';
import { StructuresService } from './structures.service';

export class IdentiteView {
  @ApiProperty() code: string;
  @ApiProperty() nom: string;
  @ApiProperty({ type: String, nullable: true, example: '#1d4f91' }) couleur: string | null;
  @ApiProperty({ type: String, nullable: true }) logoUrl: string | null;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) telephone: string | null;
}

/**
 * The identity the portal shows before anyone logs in (name, colour, logo). Public: nothing
 * in it is confidential. Without `code`, the first structure: a deployment serves one ML.
 */
@ApiTags('Portail employeurs')
@Controller('portail-identite')
export class IdentiteController {
  constructor(private readonly structures: StructuresService) {}

  @Public()
  @Get()
  @ApiQuery({ name: 'code', required: false })
  @ApiOperation({ summary: 'Identité de la Mission Locale pour le portail (nom, couleur, logo)' })
  @ApiOkResponse({ type: IdentiteView })
  async get(@Query('code') code?: string): Promise<IdentiteView> {
    const s = await this.structures.forPortail(typeof code === 'string' ? code : undefined);
    if (!s) throw DomainError.notFound('La Mission Locale');
    const { nom, couleur, logoUrl, email, telephone } = s;
    return { code: s.code, nom, couleur, logoUrl, email, telephone };
  }
}

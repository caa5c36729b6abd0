import { DomainError } from '@app/core';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommuneParams, CommuneView, FindCommunesQueryDto } from './communes.dto';
import { CommunesService } from './communes.service';

@ApiTags('Référentiels')
@ApiBearerAuth()
@Controller('referentiels/communes')
export class CommunesController {
  constructor(private readonly communes: CommunesService) {}

  @Get()
  @ApiOperation({ summary: 'Chercher des communes par code postal et/ou par nom' })
  @ApiOkResponse({ type: [CommuneView] })
  find(@Query() query: FindCommunesQueryDto): Promise<CommuneView[]> {
    if (!query.codePostal && !query.q) {
      const message = 'Indiquez un code postal (« codePostal ») ou un nom de commune (« q »).';
      throw new DomainError('VALIDATION', message, {
        field: 'q',
        errors: [{ field: 'q', code: 'isDefined', message }],
      });
    }
    const { codePostal, q: nom, departement, limit } = query;
    return this.communes.findCommunes({ codePostal, nom, departement, limit });
  }

  @Get(':codeInsee')
  @ApiOperation({ summary: 'Une commune par son code INSEE' })
  @ApiOkResponse({ type: CommuneView })
  async get(@Param() params: CommuneParams): Promise<CommuneView> {
    const commune = await this.communes.getCommune(params.codeInsee);
    if (!commune) throw DomainError.notFound('La commune');
    return commune;
  }
}

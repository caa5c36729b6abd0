import { DomainError } from '@app/core';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  FicheRomeDetailView,
  FicheRomeParams,
  RomeSearchResultView,
  SearchRomeQuery,
} from './rome.dto';
import { RomeService } from './rome.service';

@ApiTags('Référentiels')
@ApiBearerAuth()
@Controller('referentiels/rome')
export class RomeController {
  constructor(private readonly rome: RomeService) {}

  @Get()
  @ApiOperation({ summary: 'Chercher une fiche ROME par code, métier ou appellation' })
  @ApiOkResponse({ type: [RomeSearchResultView] })
  search(@Query() query: SearchRomeQuery): Promise<RomeSearchResultView[]> {
    return this.rome.search(query.q, query.limit ?? 20);
  }

  @Get(':code')
  @ApiOperation({ summary: 'Une fiche ROME et ses appellations' })
  @ApiOkResponse({ type: FicheRomeDetailView })
  async get(@Param() params: FicheRomeParams): Promise<FicheRomeDetailView> {
    const fiche = await this.rome.getFiche(params.code);
    if (!fiche) throw DomainError.notFound('La fiche ROME');
    const appellations = await this.rome.listAppellations(fiche.code);
    return {
      ...fiche,
      appellations: appellations.map(({ codeOgr, libelle }) => ({ codeOgr, libelle })),
    };
  }
}

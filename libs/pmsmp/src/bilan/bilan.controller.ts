import { AuthUser, Clock, CurrentUser, Role, Roles, UuidPipe } from '@app/core';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ConventionView } from '../api/convention.view';
import { ConventionsQueryService } from '../api/conventions-query.service';
import { StatistiquesQueryDto, SuiviConseillerDto } from '../api/convention.dto';
import { SituationSuivi } from '../domain/pmsmp-codes';
import { BilanDto } from './bilan.dto';
import { BilanService } from './bilan.service';
import { PmsmpStatistiquesService } from './pmsmp-statistiques.service';
import { SuiviService } from './suivi.service';

const STAFF = [Role.ADMIN, Role.CRE, Role.CONSEILLER];

@ApiTags('PMSMP')
@ApiBearerAuth()
@Controller('pmsmp/conventions')
export class BilanController {
  constructor(
    private readonly bilans: BilanService,
    private readonly suivis: SuiviService,
    private readonly stats: PmsmpStatistiquesService,
    private readonly query: ConventionsQueryService,
    private readonly clock: Clock,
  ) {}

  @Get('statistiques')
  @Roles(...STAFF)
  @ApiOperation({
    summary:
      'Rapport annuel : conventions terminées, bilans et situations à +15 j, +1 mois, +3 mois, par objectif',
  })
  statistiques(@CurrentUser() user: AuthUser, @Query() q: StatistiquesQueryDto) {
    return this.stats.annee(user.structureId, q.annee ?? this.clock.now().getUTCFullYear());
  }

  @Post(':id/bilan')
  @HttpCode(200)
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Saisir le bilan pour le tuteur (une fois)' })
  @ApiOkResponse({ type: ConventionView })
  async bilan(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: BilanDto,
  ) {
    const dtoOk = this.bilans.valider(dto);
    return this.query.vue(
      await this.bilans.enregistrer(id, dtoOk, { role: user.role, structureId: user.structureId }),
    );
  }

  @Post(':id/suivis')
  @HttpCode(200)
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Noter la situation du jeune à une échéance (+15 j, +1 mois, +3 mois)' })
  suivi(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: SuiviConseillerDto,
  ) {
    return this.suivis.parConseiller(user, id, dto.echeance, dto.situation as SituationSuivi);
  }
}

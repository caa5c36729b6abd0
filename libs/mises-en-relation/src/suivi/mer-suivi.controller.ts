import { AuthUser, CurrentUser, Role, Roles } from '@app/core';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { MerSuiviStatistiquesService } from './mer-suivi-statistiques.service';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);

export class SuiviStatistiquesQueryDto {
  /** Calendar year of the hires (Paris time); the current year by default. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(2020) @Max(2100) annee?: number;
}

/** Registered before the MER controller: `mises-en-relation/:id` would take `suivis`. */
@ApiTags('Mises en relation')
@ApiBearerAuth()
@Controller('mises-en-relation/suivis')
export class MerSuiviController {
  constructor(private readonly stats: MerSuiviStatistiquesService) {}

  @Get('statistiques')
  @Roles(Role.ADMIN, Role.CRE)
  @ApiOperation({
    summary:
      'Suivi après recrutement (rapport annuel) : contrôles à 1 et 3 mois dus, envoyés, répondus, part toujours en poste',
  })
  statistiques(@CurrentUser() user: AuthUser, @Query() q: SuiviStatistiquesQueryDto) {
    return this.stats.statistiques(user, q.annee ?? this.stats.anneeCourante());
  }
}

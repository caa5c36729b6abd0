import { AuthUser, CurrentUser, Role, Roles } from '@app/core';
import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { PmsmpParametresService } from '../lifecycle/pmsmp-parametres.service';

export class ParametresDto {
  @ApiProperty({ description: 'Visa du conseiller, puis validation par la direction' })
  @IsBoolean()
  validationDeuxEtapes: boolean;
}

@ApiTags('PMSMP')
@ApiBearerAuth()
@Controller('pmsmp/parametres')
export class ParametresController {
  constructor(private readonly parametres: PmsmpParametresService) {}

  @Get()
  @Roles(Role.ADMIN, Role.CRE, Role.CONSEILLER)
  @ApiOperation({ summary: 'Paramètres PMSMP de la structure' })
  @ApiOkResponse({ type: ParametresDto })
  lire(@CurrentUser() user: AuthUser) {
    return this.parametres.lire(user.structureId);
  }

  @Put()
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: 'Paramètres PMSMP de la structure (validation en une ou deux étapes)' })
  @ApiOkResponse({ type: ParametresDto })
  ecrire(@CurrentUser() user: AuthUser, @Body() dto: ParametresDto) {
    return this.parametres.ecrire(user, dto.validationDeuxEtapes);
  }
}

import { AuthUser, CurrentUser, Role, Roles } from '@app/core';
import { Body, Controller, Delete, Get, HttpCode, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AdhesionSchema, ReseauSchema } from '../rapport/rapport.schema';
import { IsString, Matches } from 'class-validator';
import { ReseauQueryDto } from '../rapport/rapport-query.dto';
import { ReseauService } from './reseau.service';

export class AdhesionDto {
  /** The structure's department (INSEE code: 59, 2A, 974…): the network groups by it. */
  @ApiProperty({ example: '59' })
  @IsString({ message: 'Indiquez le département de la structure' })
  @Matches(/^(\d{2}|2[AB]|9[78]\d)$/, {
    message: 'Le département doit être un code INSEE (59, 2A, 974…)',
  })
  departement: string;
}

@ApiTags('Pilotage')
@ApiBearerAuth()
@Controller('pilotage')
export class ReseauController {
  constructor(private readonly reseau: ReseauService) {}

  @Get('reseau')
  @Roles(Role.ADMIN, Role.OPERATEUR)
  @ApiOkResponse({ type: ReseauSchema })
  @ApiOperation({
    summary:
      'Les mêmes chiffres pour le réseau (structures ayant adhéré), au national et par région ou département',
  })
  reseauRapport(@CurrentUser() user: AuthUser, @Query() q: ReseauQueryDto) {
    return this.reseau.reseau(user, q);
  }

  @Get('reseau/adhesion')
  @Roles(Role.ADMIN)
  @ApiOkResponse({ type: AdhesionSchema })
  @ApiOperation({ summary: 'La structure partage-t-elle ses chiffres avec le réseau ?' })
  adhesion(@CurrentUser() user: AuthUser): Promise<AdhesionSchema> {
    return this.reseau.adhesion(user);
  }

  @Put('reseau/adhesion')
  @Roles(Role.ADMIN)
  @ApiOkResponse({ type: AdhesionSchema })
  @ApiOperation({ summary: 'La structure partage ses chiffres avec le réseau' })
  async adherer(@CurrentUser() user: AuthUser, @Body() body: AdhesionDto): Promise<AdhesionSchema> {
    // The same answer as GET: what the page shows, not the stored row (who, when).
    const a = await this.reseau.adherer(user, body.departement);
    return { adhere: true, departement: a.departement, region: a.region };
  }

  @Delete('reseau/adhesion')
  @HttpCode(204)
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: 'La structure ne partage plus ses chiffres' })
  async retirer(@CurrentUser() user: AuthUser): Promise<void> {
    await this.reseau.retirer(user);
  }
}

import { AuthUser, CurrentUser, Role, Roles, UuidPipe } from '@app/core';
import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { AccordStatut } from '../accords/accord-transitions';
import { AccordsVoisinageService } from '../accords/accords-voisinage.service';
import { AccordView } from './accord.view';

export class ProposerAccordDto {
  @ApiProperty({ format: 'uuid', description: 'La structure voisine' })
  @IsUUID()
  structureId: string;
}

/** Agreements between structures (admins only): propose, accept, refuse, revoke. */
@ApiTags('matching')
@ApiBearerAuth()
@Controller('matching/accords')
export class AccordsController {
  constructor(private readonly accords: AccordsVoisinageService) {}

  @Get()
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: 'Les accords de voisinage de ma structure (proposés, reçus, en cours)' })
  @ApiOkResponse({ type: [AccordView] })
  lister(@CurrentUser() user: AuthUser) {
    return this.accords.lister(user);
  }

  @Post()
  @Roles(Role.ADMIN)
  @ApiOperation({
    summary: "Proposer à une structure d'ouvrir nos jeunes aux offres de l'autre (à accepter)",
  })
  @ApiCreatedResponse({ type: AccordView })
  proposer(@CurrentUser() user: AuthUser, @Body() dto: ProposerAccordDto) {
    return this.accords.proposer(user, dto.structureId);
  }

  @Post(':id/accepter')
  @HttpCode(200)
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: 'Accepter un accord proposé à ma structure' })
  @ApiOkResponse({ type: AccordView })
  accepter(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.accords.changer(user, id, AccordStatut.ACCEPTEE);
  }

  @Post(':id/refuser')
  @HttpCode(200)
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: 'Refuser un accord proposé à ma structure' })
  @ApiOkResponse({ type: AccordView })
  refuser(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.accords.changer(user, id, AccordStatut.REFUSEE);
  }

  @Post(':id/revoquer')
  @HttpCode(200)
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: 'Révoquer un accord (effet immédiat sur les propositions)' })
  @ApiOkResponse({ type: AccordView })
  revoquer(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.accords.changer(user, id, AccordStatut.REVOQUEE);
  }
}

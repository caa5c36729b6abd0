import { Public } from '@app/core';
import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InscriptionDto, InscriptionView } from './inscription.dto';
import { InscriptionService } from './inscription.service';

@ApiTags('Portail employeurs')
@Public()
@Controller('portail')
export class PortailController {
  constructor(private readonly inscription: InscriptionService) {}

  @Post(':structureCode/inscription')
  @ApiOperation({
    summary:
      "Inscription d'un employeur : son compte et son entreprise, rattachement en attente de validation par un CRE",
  })
  @ApiConflictResponse({ description: 'Un compte existe déjà avec cette adresse e-mail' })
  inscrire(
    @Param('structureCode') structureCode: string,
    @Body() dto: InscriptionDto,
  ): Promise<InscriptionView> {
    return this.inscription.inscrire(structureCode, dto);
  }
}

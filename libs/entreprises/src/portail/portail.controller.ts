import { Public } from '@app/core';
import { Body, Controller, Param, Post, UseGuards } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { InscriptionDto, InscriptionView } from './inscription.dto';
import { InscriptionRateLimitGuard } from './inscription-rate-limit.guard';
import { InscriptionService } from './inscription.service';

@ApiTags('Portail employeurs')
@Public()
@Controller('portail')
export class PortailController {
  constructor(private readonly inscription: InscriptionService) {}

  @Post(':structureCode/inscription')
  @UseGuards(InscriptionRateLimitGuard)
  @ApiOperation({
    summary:
      "Inscription d'un employeur : son compte et son entreprise, rattachement en attente de validation par un CRE",
  })
  @ApiTooManyRequestsResponse({ description: 'Trop d’inscriptions depuis cette adresse IP' })
  @ApiCreatedResponse({ type: InscriptionView })
  inscrire(
    @Param('structureCode') structureCode: string,
    @Body() dto: InscriptionDto,
  ): Promise<InscriptionView> {
    return this.inscription.inscrire(structureCode, dto);
  }
}

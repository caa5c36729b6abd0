import { AuthUser, CurrentUser, Role, Roles } from '@app/core';
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ATraiterService } from './a-traiter.service';
import { ATraiterView } from './a-traiter.view';

@ApiTags('Accueil')
@ApiBearerAuth()
@Controller('a-traiter')
export class ATraiterController {
  constructor(private readonly aTraiter: ATraiterService) {}

  @Get()
  @Roles(Role.ADMIN, Role.CRE)
  @ApiOperation({
    summary:
      "L'accueil du CRE : offres à valider, propositions à trier, mises en relation en attente (avec la dernière relance), suivis, immersions, messages en échec",
  })
  @ApiOkResponse({ type: ATraiterView })
  get(@CurrentUser() user: AuthUser): Promise<ATraiterView> {
    return this.aTraiter.pour(user);
  }
}

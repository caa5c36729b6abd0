import { AuthUser, CurrentUser, Role, Roles, UuidPipe } from '@app/core';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StructureAutreView } from './structure-autre.view';
import { StructureView } from './structure.view';
import { StructuresService } from './structures.service';

@ApiTags('Structures')
@ApiBearerAuth()
@Controller('structures')
export class StructuresController {
  constructor(private readonly structures: StructuresService) {}

  @Get('current')
  @ApiOperation({ summary: 'La Mission Locale du compte connecté' })
  @ApiOkResponse({ type: StructureView })
  async current(@CurrentUser() user: AuthUser): Promise<StructureView> {
    return StructureView.of(await this.structures.getForUser(user.structureId, user));
  }

  @Get('autres')
  @Roles(Role.ADMIN)
  @ApiOperation({
    summary: 'Les autres structures (id, nom, département), pour proposer un accord',
  })
  @ApiOkResponse({ type: [StructureAutreView] })
  autres(@CurrentUser() user: AuthUser): Promise<StructureAutreView[]> {
    return this.structures.autres(user);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Une structure (la sienne seulement ; une autre répond 404)' })
  @ApiOkResponse({ type: StructureView })
  async get(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
  ): Promise<StructureView> {
    return StructureView.of(await this.structures.getForUser(id, user));
  }
}

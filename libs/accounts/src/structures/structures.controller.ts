import { AuthUser, CurrentUser, UuidPipe } from '@app/core';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Structure } from './structure.entity';
import { StructuresService } from './structures.service';

@ApiTags('Structures')
@ApiBearerAuth()
@Controller('structures')
export class StructuresController {
  constructor(private readonly structures: StructuresService) {}

  @Get('current')
  @ApiOperation({ summary: 'La Mission Locale du compte connecté' })
  current(@CurrentUser() user: AuthUser): Promise<Structure> {
    return this.structures.getForUser(user.structureId, user);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Une structure (la sienne seulement ; une autre répond 404)' })
  get(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<Structure> {
    return this.structures.getForUser(id, user);
  }
}

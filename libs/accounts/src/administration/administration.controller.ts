import { AuthUser, CurrentUser, Role, Roles, UuidPipe } from '@app/core';
import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { StructureView } from '../structures/structure.view';
import { UserView } from '../users/user.view';
import { ModifierCompteDto, ModifierIdentiteDto } from './administration.dto';
import { AdministrationService } from './administration.service';

export class CompteJournalView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) cibleUserId: string | null;
  @ApiProperty({ format: 'uuid' }) auteurId: string;
  @ApiProperty({ enum: ['role', 'desactivation', 'reactivation', 'identite'] }) action: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) details: Record<string, unknown>;
  @ApiProperty({ type: String, format: 'date-time' }) at: Date;
}

/** The structure's administrator: accounts (role, deactivation) and identity, traced. */
@ApiTags('Administration')
@ApiBearerAuth()
@Roles(Role.ADMIN)
@Controller()
export class AdministrationController {
  constructor(private readonly admin: AdministrationService) {}

  @Patch('users/:id')
  @ApiOperation({
    summary: 'Changer le rôle d’un compte ou le désactiver / réactiver (tracé)',
  })
  @ApiOkResponse({ type: UserView })
  async modifier(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: ModifierCompteDto,
  ): Promise<UserView> {
    return UserView.of(await this.admin.modifierCompte(user, id, dto));
  }

  @Patch('structures/current')
  @ApiOperation({
    summary: 'L’identité de la Mission Locale : nom, contact, couleur, logo (portail et messages)',
  })
  @ApiOkResponse({ type: StructureView })
  async modifierIdentite(
    @CurrentUser() user: AuthUser,
    @Body() dto: ModifierIdentiteDto,
  ): Promise<StructureView> {
    return StructureView.of(await this.admin.modifierIdentite(user, dto));
  }

  @Get('structures/current/journal')
  @ApiOperation({ summary: 'Qui a changé quoi sur les comptes et l’identité (200 derniers)' })
  @ApiOkResponse({ type: [CompteJournalView] })
  journal(@CurrentUser() user: AuthUser): Promise<CompteJournalView[]> {
    return this.admin.journal(user);
  }
}

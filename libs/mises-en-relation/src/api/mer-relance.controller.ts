import { AuthUser, CurrentUser, Role, Roles, UuidPipe } from '@app/core';
import { MessagesSujetService, MessageView } from '@app/messaging';
import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MerAccessService } from '../lifecycle/mer-access.service';
import { MerRelanceService } from '../lifecycle/mer-relance.service';
import { ResultatRelanceDto } from './mer-relance.dto';

const STAFF = [Role.ADMIN, Role.CRE];

/** The follow-up of one MER by the CRE: its messages, a reminder to the employer. */
@ApiTags('Mises en relation')
@ApiBearerAuth()
@Controller()
export class MerRelanceController {
  constructor(
    private readonly relances: MerRelanceService,
    private readonly access: MerAccessService,
    private readonly sujets: MessagesSujetService,
  ) {}

  @Get('mises-en-relation/:id/messages')
  @Roles(...STAFF, Role.CONSEILLER)
  @ApiOperation({
    summary:
      'Les messages de la mise en relation (jeune, employeur, équipe), plus anciens d’abord ; sans coordonnées du jeune pour un CRE',
  })
  @ApiOkResponse({ type: [MessageView] })
  async messages(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    const mer = await this.access.getForUser(id, user);
    const rows = await this.sujets.pourSujet(mer.structureId, [mer.id]);
    return rows.map((m) => MessageView.of(m, user));
  }

  @Post('mises-en-relation/:id/relancer')
  @HttpCode(200)
  @Roles(...STAFF)
  @ApiOperation({
    summary:
      'Relancer l’employeur (e-mail) : une fois par période au plus (MER_RELANCE_MANUELLE_HEURES) ; une relance récente est renvoyée telle quelle, sans nouveau message',
  })
  @ApiOkResponse({ type: ResultatRelanceDto })
  relancer(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.relances.relancer(id, user);
  }
}

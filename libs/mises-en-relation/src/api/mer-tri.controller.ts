import { AuthUser, CurrentUser, Role, Roles, UuidPipe } from '@app/core';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { MerManuelleService } from '../lifecycle/mer-manuelle.service';
import { ResultatTri } from '../lifecycle/mer-tri-lot.view';
import { MerTriLotService } from '../lifecycle/mer-tri-lot.service';
import { MerTriService } from '../lifecycle/mer-tri.service';
import { FileTriView } from '../query/file-tri.view';
import { MerFileTriService } from '../query/mer-file-tri.service';
import { MerView } from '../query/mer.view';
import { FileTriQueryDto } from './file-tri.dto';
import { CommentaireDto, EcartDto, PropositionManuelleDto, TriDto } from './mer.dto';

const STAFF = [Role.ADMIN, Role.CRE];

/** The CRE's screening: the queue, keep and discard (one or in bulk), a proposal by hand. */
@ApiTags('Mises en relation')
@ApiBearerAuth()
@Controller()
export class MerTriController {
  constructor(
    private readonly file: MerFileTriService,
    private readonly tri: MerTriService,
    private readonly lot: MerTriLotService,
    private readonly manuelle: MerManuelleService,
  ) {}

  @Get('mises-en-relation/a-examiner')
  @Roles(...STAFF)
  @ApiOperation({
    summary:
      'File de tri du CRE : une page de propositions à examiner, plus anciennes d’abord, avec le détail du score ; le nombre par offre sur toute la file',
  })
  @ApiOkResponse({ type: FileTriView })
  aExaminer(@CurrentUser() user: AuthUser, @Query() q: FileTriQueryDto) {
    return this.file.page(user, q);
  }

  @Post('mises-en-relation/tri')
  @Roles(...STAFF)
  @ApiOperation({
    summary:
      'Tri en lot : retenir et écarter plusieurs propositions, chaque ligne appliquée entière ou pas du tout',
  })
  @ApiResponse({ status: 200, description: 'Toutes les lignes appliquées', type: ResultatTri })
  @ApiResponse({
    status: 207,
    description: 'Un résultat par ligne : les lignes en erreur sont à corriger ou à renvoyer',
    type: ResultatTri,
  })
  async trier(
    @CurrentUser() user: AuthUser,
    @Body() dto: TriDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ResultatTri> {
    const resultat = await this.lot.trier(user, dto);
    res.status(resultat.appliquees === resultat.resultats.length ? HttpStatus.OK : 207);
    return resultat;
  }

  @Post('mises-en-relation/:id/retenir')
  @HttpCode(200)
  @Roles(...STAFF)
  @ApiOperation({
    summary: 'Retenir : le jeune reçoit la proposition (e-mail et SMS selon ses consentements)',
  })
  @ApiOkResponse({ type: MerView })
  async retenir(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: CommentaireDto,
  ) {
    return MerView.of(await this.tri.retenir(id, user, dto.commentaire));
  }

  @Post('mises-en-relation/:id/ecarter')
  @HttpCode(200)
  @Roles(...STAFF)
  @ApiOperation({
    summary: 'Écarter (motif de la liste + commentaire) : l’offre est complétée par le matching',
  })
  @ApiOkResponse({ type: MerView })
  async ecarter(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: EcartDto,
  ) {
    return MerView.of(await this.tri.ecarter(id, user, dto.motif, dto.commentaire));
  }

  // Not under /offres/:id: the offers' `POST /offres/:id/:action` would take it.
  @Post('mises-en-relation')
  @Roles(...STAFF)
  @ApiOperation({
    summary: 'Proposer un jeune à la main (CRE) : une proposition sans score, à retenir ensuite',
  })
  @ApiCreatedResponse({ type: MerView })
  async proposer(@CurrentUser() user: AuthUser, @Body() dto: PropositionManuelleDto) {
    return MerView.of(
      await this.manuelle.proposer(dto.offreId, dto.jeuneId, user, dto.commentaire),
    );
  }
}

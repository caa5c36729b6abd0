import { AuthUser, CurrentUser, DomainError, Role, Roles, UuidPipe } from '@app/core';
import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { envoyerPdf } from '../api/conventions.controller';
import { ConventionPdfService } from '../pdf/convention-pdf.service';
import { MesConventionsService } from './mes-conventions.service';
import {
  LienSignatureView,
  MaConventionDetailView,
  MaConventionView,
} from './mes-conventions.view';

/** The employer's immersions: the agreements its validated entreprises host (portal). */
@ApiTags('PMSMP')
@ApiBearerAuth()
@Roles(Role.EMPLOYEUR)
@Controller('pmsmp/mes-conventions')
export class MesConventionsController {
  constructor(
    private readonly conventions: MesConventionsService,
    private readonly pdfs: ConventionPdfService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Les conventions d’immersion accueillies par mes entreprises' })
  @ApiOkResponse({ type: [MaConventionView] })
  lister(@CurrentUser() user: AuthUser): Promise<MaConventionView[]> {
    return this.conventions.lister(user);
  }

  @Get(':id')
  @ApiOkResponse({ type: MaConventionDetailView })
  lire(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
  ): Promise<MaConventionDetailView> {
    return this.conventions.detail(user, id);
  }

  @Get(':id/pdf')
  @ApiOperation({ summary: 'Le PDF de la convention (état courant ; en-tête X-Pdf-A-Jour)' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async pdf(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Res() res: Response,
  ) {
    const courant = await this.pdfs.courant(await this.conventions.get(user, id));
    if (!courant) throw DomainError.notFound('Le PDF de la convention (en cours de génération)');
    envoyerPdf(res, courant.pdf, courant.aJour);
  }

  @Post(':id/lien-signature')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Le lien personnel de signature du représentant de l’entreprise (la page de signature habituelle)',
  })
  @ApiOkResponse({ type: LienSignatureView })
  lienSignature(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
  ): Promise<LienSignatureView> {
    return this.conventions.lienSignature(user, id);
  }
}

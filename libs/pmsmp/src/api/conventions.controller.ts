import { AuthUser, CurrentUser, DomainError, Role, Roles, UuidPipe } from '@app/core';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { BrouillonVerificationService } from '../lifecycle/brouillon-verification.service';
import { ConventionActionsService } from '../lifecycle/convention-actions.service';
import { ConventionsService } from '../lifecycle/conventions.service';
import { RenouvellementService } from '../lifecycle/renouvellement.service';
import { ConventionPdfService } from '../pdf/convention-pdf.service';
import { ConventionJournalView, RenvoiView } from './convention-journal.view';
import {
  ConventionQueryDto,
  CreateConventionDto,
  ModifierConventionDto,
  MotifDto,
  RenouvelerDto,
} from './convention.dto';
import { VerificationView, VerifierConventionDto } from './convention-verifier.dto';
import { ConventionLigneView } from './convention-ligne.view';
import { ConventionView } from './convention.view';
import { ConventionsQueryService } from './conventions-query.service';

const REDACTEURS = [Role.ADMIN, Role.CRE, Role.CONSEILLER];
const VALIDEURS = [Role.ADMIN, Role.CONSEILLER];

@ApiTags('PMSMP')
@ApiBearerAuth()
@Controller('pmsmp/conventions')
export class ConventionsController {
  constructor(
    private readonly conventions: ConventionsService,
    private readonly renouvellements: RenouvellementService,
    private readonly actions: ConventionActionsService,
    private readonly query: ConventionsQueryService,
    private readonly pdfs: ConventionPdfService,
    private readonly brouillons: BrouillonVerificationService,
  ) {}

  @Post('verifier')
  @HttpCode(200)
  @Roles(...REDACTEURS)
  @ApiOperation({
    summary:
      'Contrôles légaux sur un brouillon en cours de saisie (rien n’est enregistré) : erreurs et avertissements',
  })
  @ApiOkResponse({ type: VerificationView })
  verifier(
    @CurrentUser() user: AuthUser,
    @Body() dto: VerifierConventionDto,
  ): Promise<VerificationView> {
    return this.brouillons.verifier(user, dto);
  }

  @Post()
  @Roles(...REDACTEURS)
  @ApiOperation({
    summary: 'Créer une convention (brouillon) à partir d’un jeune et d’une entreprise',
  })
  @ApiOkResponse({ type: ConventionView })
  async creer(@CurrentUser() user: AuthUser, @Body() dto: CreateConventionDto) {
    return this.query.vue(await this.conventions.creer(user, dto));
  }

  @Get()
  @Roles(...REDACTEURS)
  @ApiOperation({
    summary:
      'Conventions de la structure (un conseiller : les siennes), 200 au plus, par début décroissant',
  })
  @ApiOkResponse({ type: [ConventionLigneView] })
  lister(@CurrentUser() user: AuthUser, @Query() q: ConventionQueryDto) {
    return this.query.lister(user, q);
  }

  @Get(':id')
  @Roles(...REDACTEURS)
  @ApiOkResponse({ type: ConventionView })
  lire(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.query.view(user, id);
  }

  @Get(':id/journal')
  @Roles(...REDACTEURS)
  @ApiOperation({
    summary: 'Le journal de la convention : qui, quand, de quel état à quel état, pourquoi',
  })
  @ApiOkResponse({ type: [ConventionJournalView] })
  async journal(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
  ): Promise<ConventionJournalView[]> {
    return (await this.query.journal(user, id)).map(ConventionJournalView.of);
  }

  @Get(':id/pdf')
  @Roles(...REDACTEURS)
  @ApiOperation({ summary: 'Le PDF de la convention (état courant ; en-tête X-Pdf-A-Jour)' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async pdf(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Res() res: Response,
  ) {
    const courant = await this.pdfs.courant(await this.query.get(user, id));
    if (!courant) throw DomainError.notFound('Le PDF de la convention (en cours de génération)');
    envoyerPdf(res, courant.pdf, courant.aJour);
  }

  @Patch(':id')
  @Roles(...REDACTEURS)
  @ApiOperation({
    summary:
      'Modifier (verrou optimiste « version ») ; après une signature, les signatures sont redemandées',
  })
  @ApiOkResponse({ type: ConventionView })
  async modifier(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: ModifierConventionDto,
  ) {
    return this.query.vue(await this.conventions.modifier(user, id, dto));
  }

  @Post(':id/soumettre')
  @HttpCode(200)
  @Roles(...REDACTEURS)
  @ApiOperation({ summary: 'Envoyer aux signataires (liens personnels par e-mail et SMS)' })
  @ApiOkResponse({ type: ConventionView })
  async soumettre(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.query.vue(await this.actions.soumettre(user, id));
  }

  @Post(':id/renvoyer')
  @HttpCode(200)
  @Roles(...REDACTEURS)
  @ApiOperation({ summary: 'Renvoyer les liens aux signataires manquants (pas deux fois en 24 h)' })
  @ApiOkResponse({ type: RenvoiView })
  renvoyer(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<RenvoiView> {
    return this.actions.renvoyer(user, id);
  }

  @Post(':id/viser')
  @HttpCode(200)
  @Roles(Role.CONSEILLER, Role.ADMIN)
  @ApiOkResponse({ type: ConventionView })
  async viser(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.query.vue(await this.actions.viser(user, id));
  }

  @Post(':id/valider')
  @HttpCode(200)
  @Roles(...VALIDEURS)
  @ApiOkResponse({ type: ConventionView })
  async valider(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.query.vue(await this.actions.valider(user, id));
  }

  @Post(':id/refuser')
  @HttpCode(200)
  @Roles(...VALIDEURS)
  @ApiOkResponse({ type: ConventionView })
  async refuser(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: MotifDto,
  ) {
    return this.query.vue(await this.actions.refuser(user, id, dto.motif));
  }

  @Post(':id/annuler')
  @HttpCode(200)
  @Roles(...REDACTEURS)
  @ApiOkResponse({ type: ConventionView })
  async annuler(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: MotifDto,
  ) {
    return this.query.vue(await this.actions.annuler(user, id, dto.motif));
  }

  @Post(':id/renouveler')
  @Roles(...REDACTEURS)
  @ApiOperation({
    summary: 'Renouveler une fois (objectif non atteint) : nouvelle convention liée',
  })
  @ApiOkResponse({ type: ConventionView })
  async renouveler(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: RenouvelerDto,
  ) {
    return this.query.vue(await this.renouvellements.renouveler(user, id, dto));
  }
}

export function envoyerPdf(
  res: Response,
  pdf: { contenu: Buffer; sha256: string; version: number },
  aJour: boolean,
) {
  res
    .status(200)
    .type('application/pdf')
    .set({
      'Content-Disposition': `attachment; filename="convention-pmsmp-v${pdf.version}.pdf"`,
      'X-Content-SHA256': pdf.sha256,
      'X-Pdf-A-Jour': String(aJour),
      'Cache-Control': 'no-store',
    })
    .send(pdf.contenu);
}

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
import type { Response } from 'express';
import { MessagesSujetService, MessageView } from '@app/messaging';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { MerAccessService } from '../lifecycle/mer-access.service';
import { MerRelanceService } from '../lifecycle/mer-relance.service';
import { MerManuelleService } from '../lifecycle/mer-manuelle.service';
import { MerReponsesService } from '../lifecycle/mer-reponses.service';
import { MerTriLotService } from '../lifecycle/mer-tri-lot.service';
import { MerTriService } from '../lifecycle/mer-tri.service';
import { MerView } from '../query/mer.view';
import { MerQueryService } from '../query/mer-query.service';
import {
  CommentaireDto,
  DesistementDto,
  EcartDto,
  MerQueryDto,
  PropositionManuelleDto,
  ReponseEmployeurDto,
  TriDto,
} from './mer.dto';
import { ResultatRelanceDto } from './mer-relance.dto';

const STAFF = [Role.ADMIN, Role.CRE];

@ApiTags('Mises en relation')
@ApiBearerAuth()
@Controller()
export class MisesEnRelationController {
  constructor(
    private readonly query: MerQueryService,
    private readonly tri: MerTriService,
    private readonly lot: MerTriLotService,
    private readonly reponses: MerReponsesService,
    private readonly manuelle: MerManuelleService,
    private readonly relances: MerRelanceService,
    private readonly access: MerAccessService,
    private readonly sujets: MessagesSujetService,
  ) {}

  @Get('mises-en-relation/a-examiner')
  @Roles(...STAFF)
  @ApiOperation({
    summary:
      'File de tri du CRE : propositions à examiner, plus anciennes d’abord, avec le détail du score',
  })
  aExaminer(@CurrentUser() user: AuthUser, @Query() q: MerQueryDto) {
    return this.query.aExaminer(user, q.offreId);
  }

  @Get('mises-en-relation/compteurs')
  @Roles(...STAFF)
  @ApiOperation({
    summary: 'Compteurs : en cours, recrutements, sans réponse (par offre ou entreprise en option)',
  })
  compteurs(@CurrentUser() user: AuthUser, @Query() q: MerQueryDto) {
    return this.query.compteurs(user, q);
  }

  @Get('mises-en-relation')
  @Roles(...STAFF, Role.CONSEILLER)
  @ApiOperation({
    summary:
      'Mises en relation (par statut, en attente de qui, offre, entreprise, jeune) ; un conseiller : ses jeunes',
  })
  lister(@CurrentUser() user: AuthUser, @Query() q: MerQueryDto) {
    return this.query.lister(user, q);
  }

  @Post('mises-en-relation/tri')
  @Roles(...STAFF)
  @ApiOperation({
    summary:
      'Tri en lot : retenir et écarter plusieurs propositions, chaque ligne appliquée entière ou pas du tout',
  })
  @ApiResponse({ status: 200, description: 'Toutes les lignes appliquées' })
  @ApiResponse({
    status: 207,
    description: 'Un résultat par ligne : les lignes en erreur sont à corriger ou à renvoyer',
  })
  async trier(
    @CurrentUser() user: AuthUser,
    @Body() dto: TriDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    const resultat = await this.lot.trier(user, dto);
    res.status(resultat.appliquees === resultat.resultats.length ? HttpStatus.OK : 207);
    return resultat;
  }

  @Get('mises-en-relation/:id')
  @ApiOperation({
    summary:
      'Une mise en relation et son historique (un employeur : le candidat, à partir de la transmission)',
  })
  detail(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.query.detail(id, user);
  }

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

  @Post('mises-en-relation/:id/retenir')
  @HttpCode(200)
  @Roles(...STAFF)
  @ApiOperation({
    summary: 'Retenir : le jeune reçoit la proposition (e-mail et SMS selon ses consentements)',
  })
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
  async ecarter(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: EcartDto,
  ) {
    return MerView.of(await this.tri.ecarter(id, user, dto.motif, dto.commentaire));
  }

  @Post('mises-en-relation/:id/desister')
  @HttpCode(200)
  @Roles(...STAFF, Role.CONSEILLER)
  @ApiOperation({ summary: 'Désistement du jeune (à toute étape ouverte après la proposition)' })
  async desister(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: DesistementDto,
  ) {
    return MerView.of(await this.tri.desister(id, user, dto.motif, dto.commentaire));
  }

  @Post('mises-en-relation/:id/reponse-employeur')
  @HttpCode(200)
  @Roles(...STAFF, Role.EMPLOYEUR)
  @ApiOperation({
    summary: 'Réponse de l’employeur : entretien, recrutée (contrat), non retenue (motif)',
  })
  async reponseEmployeur(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: ReponseEmployeurDto,
  ) {
    const mer = await this.reponses.repondreEmployeurPourUtilisateur(id, user, dto);
    return this.query.detail(mer.id, user);
  }

  @Get('offres/:id/mises-en-relation')
  @Roles(...STAFF, Role.EMPLOYEUR)
  @ApiOperation({ summary: 'Historique par offre (un employeur : ses candidats transmis)' })
  pourOffre(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.query.pourOffre(id, user);
  }

  // Not under /offres/:id: the offers' `POST /offres/:id/:action` would take it.
  @Post('mises-en-relation')
  @Roles(...STAFF)
  @ApiOperation({
    summary: 'Proposer un jeune à la main (CRE) : une proposition sans score, à retenir ensuite',
  })
  async proposer(@CurrentUser() user: AuthUser, @Body() dto: PropositionManuelleDto) {
    return MerView.of(
      await this.manuelle.proposer(dto.offreId, dto.jeuneId, user, dto.commentaire),
    );
  }

  @Get('entreprises/:id/mises-en-relation')
  @Roles(...STAFF, Role.EMPLOYEUR)
  @ApiOperation({ summary: 'Historique par entreprise' })
  pourEntreprise(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string) {
    return this.query.pourEntreprise(id, user);
  }
}

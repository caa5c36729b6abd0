import { Public } from '@app/core';
import { SignedLinksService } from '@app/messaging';
import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { MerReponsesService } from '../lifecycle/mer-reponses.service';
import { MerStatut } from '../lifecycle/mer-statut';
import { PATH_JEUNE, PURPOSE_JEUNE } from '../notifications/mer-links.service';
import { MerLinkContext } from './mer-link-context.service';
import { pageJeune, pageStatut } from './mer-pages';

/**
 * The jeune's answer page, no login: GET only shows (mail scanners open links), POST answers.
 * The link is single-use: its use commits with the answer.
 */
@ApiExcludeController()
@Public()
@Controller(PATH_JEUNE)
export class JeuneLinkController {
  constructor(
    private readonly ctx: MerLinkContext,
    private readonly links: SignedLinksService,
    private readonly reponses: MerReponsesService,
  ) {}

  @Get(':token')
  @Header('Cache-Control', 'no-store')
  async show(@Param('token') token: string, @Query('choix') choix: string, @Res() res: Response) {
    const r = await this.ctx.resoudre(token, PURPOSE_JEUNE, (m) => `jeune:${m.jeuneId}`);
    if (!r.mer) return this.ctx.probleme(res, r.problem);
    if (r.mer.statut !== MerStatut.RETENUE) return this.ctx.statut(res, r.mer);
    res.type('html').send(
      pageJeune(await this.ctx.offre(r.mer), {
        choix,
        autres: await this.ctx.autresDuJeune(r.mer),
      }),
    );
  }

  @Post(':token')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async answer(
    @Param('token') token: string,
    @Body() body: { reponse?: string; motif?: string; commentaire?: string },
    @Res() res: Response,
  ) {
    const r = await this.ctx.resoudre(token, PURPOSE_JEUNE, (m) => `jeune:${m.jeuneId}`);
    if (!r.mer) return this.ctx.probleme(res, r.problem);
    const mer = r.mer;
    try {
      const after = await this.reponses.repondreJeune(
        mer.id,
        {
          interesse: body?.reponse === 'oui',
          motif: body?.motif,
          commentaire: body?.commentaire?.slice(0, 2000),
        },
        { role: 'lien_jeune' },
        (m) => this.links.consume(token, PURPOSE_JEUNE, m),
      );
      const merci =
        after.statut === MerStatut.TRANSMISE_EMPLOYEUR
          ? 'Merci ! Votre candidature est transmise à l’employeur, qui vous contactera. Votre Mission Locale suit votre dossier.'
          : 'Merci pour votre réponse. Votre Mission Locale continue de chercher avec vous.';
      res.type('html').send(
        pageStatut({
          titre: 'Réponse enregistrée',
          texte: merci,
          type: 'success',
          autres: await this.ctx.autresDuJeune(after),
        }),
      );
    } catch (error) {
      await this.ctx.erreur(res, error, mer, true, async (msg) =>
        pageJeune(await this.ctx.offre(mer), { choix: 'non', erreur: msg, autres: '' }),
      );
    }
  }
}

import { Public } from '@app/core';
import { Body, Controller, Get, Header, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { pageProblemeLien } from '../links/mer-pages';
import { SUIVI_REPONSES, SuiviReponse } from './mer-suivi.entity';
import { PATH_SUIVI } from './mer-suivi-notifier.service';
import { pageDejaRepondu, pageMerci, pageQuestion } from './mer-suivi-pages';
import { MerSuiviReponsesService } from './mer-suivi-reponses.service';

/**
 * "Still in the job?" in one click, no login. GET only shows (mail scanners open links), POST
 * records. A used link, a second click or an expired link shows what was answered, changes nothing.
 */
@ApiExcludeController()
@Public()
@Controller(PATH_SUIVI)
export class MerSuiviLinkController {
  constructor(private readonly reponses: MerSuiviReponsesService) {}

  @Get(':token')
  @Header('Cache-Control', 'no-store')
  async show(@Param('token') token: string, @Res() res: Response) {
    const r = await this.reponses.resoudre(token);
    if ('problem' in r) return this.probleme(res, r.problem);
    const c = await this.reponses.contexte(r);
    if (r.suivi.reponse) return void res.type('html').send(pageDejaRepondu(r.suivi, c));
    if (!this.reponses.ouvert(r.suivi)) {
      return void res
        .status(410)
        .type('html')
        .send(pageDejaRepondu(r.suivi, c, true));
    }
    res.type('html').send(pageQuestion(c));
  }

  @Post(':token')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async answer(
    @Param('token') token: string,
    @Body() body: { reponse?: string },
    @Res() res: Response,
  ) {
    const r = await this.reponses.resoudre(token);
    if ('problem' in r) return this.probleme(res, r.problem);
    const c = await this.reponses.contexte(r);
    const reponse = body?.reponse as SuiviReponse;
    if (!SUIVI_REPONSES.includes(reponse) && this.reponses.ouvert(r.suivi)) {
      return void res
        .status(400)
        .type('html')
        .send(pageQuestion(c, 'Choisissez « toujours en poste » ou « plus en poste ».'));
    }
    const { resultat, suivi } = await this.reponses.repondre(token, r.suivi.id, reponse);
    if (resultat === 'enregistre') return void res.type('html').send(pageMerci(suivi, c));
    res
      .status(resultat === 'expire' ? 410 : 200)
      .type('html')
      .send(pageDejaRepondu(suivi, c, resultat === 'expire'));
  }

  private probleme(res: Response, problem: string): void {
    res
      .status(410)
      .type('html')
      .send(pageProblemeLien(problem === 'expire' ? 'expire' : 'invalide'));
  }
}

import { DomainError, Public } from '@app/core';
import { Body, Controller, Get, Header, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { sectionsConvention } from '../domain/convention-sections';
import { Convention } from '../entities/convention.entity';
import { pageMessage, pageSignature } from './pmsmp-pages';
import { PATH_SIGNATURE } from './signature-links.service';
import { MESSAGES_PROBLEME, messageClose, Resolution, SignatureService } from './signature.service';

/**
 * The signing page behind each signatory's link, no login: GET shows the whole agreement (mail
 * scanners open links: nothing changes), POST with the box ticked signs. A used, expired,
 * replaced or forged link changes nothing and says why.
 */
@ApiExcludeController()
@Public()
@Controller(PATH_SIGNATURE)
export class SignatureLinkController {
  constructor(private readonly signatures: SignatureService) {}

  @Get(':token')
  @Header('Cache-Control', 'no-store')
  async show(@Param('token') token: string, @Res() res: Response) {
    const r = await this.signatures.resoudre(token);
    if ('problem' in r) return probleme(res, r);
    res.type('html').send(formulaire(r));
  }

  @Post(':token')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async sign(
    @Param('token') token: string,
    @Body() body: { accepte?: string; empreinte?: string },
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const r = await this.signatures.resoudre(token);
    if ('problem' in r) return probleme(res, r);
    if (body?.accepte !== 'oui') {
      return void res
        .status(400)
        .type('html')
        .send(
          formulaire(r, 'Cochez la case « J’ai lu la convention et je l’accepte » pour signer.'),
        );
    }
    try {
      const done = await this.signatures.signer(token, {
        empreinte: body.empreinte,
        ip: req.ip ?? req.socket.remoteAddress ?? 'inconnue',
        userAgent: String(req.headers['user-agent'] ?? 'inconnu'),
      });
      if ('problem' in done) return probleme(res, done);
      res
        .type('html')
        .send(
          pageMessage(
            'Signature enregistrée',
            `Merci ${done.attendu.personne.prenom} : votre signature de la convention (version ${done.version}) est enregistrée. Vous recevrez la convention validée par e-mail.`,
          ),
        );
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.code === 'LIEN_INVALIDE') return probleme(res, { problem: 'deja_utilise' });
      if (error.code === 'VALIDATION') {
        const fresh = await this.signatures.resoudre(token);
        if ('problem' in fresh) return probleme(res, fresh);
        return void res.status(409).type('html').send(formulaire(fresh, error.message));
      }
      throw error;
    }
  }
}

function formulaire(r: Exclude<Resolution, { problem: unknown }>, erreur?: string): string {
  const c: Convention = r.convention;
  return pageSignature({
    qualite: r.attendu.qualite,
    nom: `${r.attendu.personne.prenom} ${r.attendu.personne.nom}`,
    version: c.version,
    empreinte: c.contenuSha256,
    sections: sectionsConvention(c.contenu),
    avertissements: c.avertissements.map((a) => a.message),
    erreur,
  });
}

function probleme(res: Response, r: { problem: string; convention?: Convention }): void {
  const [titre, texte] =
    r.problem === 'close' && r.convention
      ? messageClose(r.convention)
      : MESSAGES_PROBLEME[r.problem];
  const status = r.problem === 'deja_utilise' || r.problem === 'close' ? 200 : 410;
  res.status(status).type('html').send(pageMessage(titre, texte));
}

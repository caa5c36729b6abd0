import { DomainError, escapeHtml, htmlPage, Public } from '@app/core';
import { Controller, Get, Header, Param, Post, Res } from '@nestjs/common';
import { SignedLinksService } from '@app/messaging';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { OffreLifecycleService } from '../lifecycle/offre-lifecycle.service';
import { OffreAction } from '../lifecycle/offre-transitions';
import { EXTEND_LINK_PURPOSE } from './offre-expiry.service';

/**
 * The page behind "Prolonger mon offre" in the reminder: no login. GET only shows a button
 * (mail scanners open links), the POST extends. Extending twice is harmless.
 */
@ApiExcludeController()
@Public()
@Controller('prolonger-offre')
export class OffreExtendLinkController {
  constructor(
    private readonly links: SignedLinksService,
    private readonly lifecycle: OffreLifecycleService,
  ) {}

  @Get(':token')
  @Header('Cache-Control', 'no-store')
  async show(@Param('token') token: string, @Res() res: Response): Promise<void> {
    if (!this.verify(token)) return this.invalid(res);
    res.send(
      htmlPage({
        title: 'Prolonger votre offre',
        body: `<h1>Prolonger votre offre</h1><p>Le poste est toujours à pourvoir ? Votre offre restera en ligne 60 jours de plus.</p>
<form method="post"><button class="fr-btn" type="submit">Prolonger mon offre</button></form>`,
      }),
    );
  }

  @Post(':token')
  @Header('Cache-Control', 'no-store')
  async extend(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const offreId = this.verify(token);
    if (!offreId) return this.invalid(res);
    try {
      const offre = await this.lifecycle.apply(
        offreId,
        OffreAction.PROLONGER,
        { role: 'lien_employeur' },
        {
          motif: 'Prolongée depuis le lien du rappel',
        },
      );
      res.status(200).send(
        htmlPage({
          title: 'Offre prolongée',
          body: `<h1>Offre prolongée</h1><div class="fr-alert fr-alert--success"><p>« ${escapeHtml(offre.titre)} » reste en ligne. Merci !</p></div>`,
        }),
      );
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      res.status(409).send(
        htmlPage({
          title: 'Offre non prolongée',
          body: `<h1>Offre non prolongée</h1><p>${escapeHtml(error.message)}</p>`,
        }),
      );
    }
  }

  /** The offer's id, or null: bad signature, expired, or a link made for something else. */
  private verify(token: string): string | null {
    const result = this.links.check(token, EXTEND_LINK_PURPOSE);
    return 'link' in result ? result.link.resource : null;
  }

  private invalid(res: Response): void {
    res.status(410).send(
      htmlPage({
        title: 'Lien non valide',
        body: '<h1>Ce lien ne fonctionne plus</h1><p>Contactez votre Mission Locale pour prolonger votre offre.</p>',
      }),
    );
  }
}

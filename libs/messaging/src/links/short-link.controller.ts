import { Public } from '@app/core';
import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { messagePage } from '../preferences/preferences.page';
import { ShortLinksService } from './short-links.service';

/** `/l/<code>`: the short links of SMS, redirected to the (signed) page they stand for. */
@ApiExcludeController()
@Public()
@Controller('l')
export class ShortLinkController {
  constructor(private readonly links: ShortLinksService) {}

  @Get(':code')
  @Header('Cache-Control', 'no-store')
  async follow(@Param('code') code: string, @Res() res: Response): Promise<void> {
    const url = await this.links.resolve(code);
    if (url) return res.redirect(302, url);
    res
      .status(404)
      .type('html')
      .send(
        messagePage(
          'Lien introuvable',
          "Ce lien n'existe pas ou a expiré. Contactez votre Mission Locale.",
        ),
      );
  }
}

import { Public } from '@app/core';
import { SignedLinksService } from '@app/messaging';
import { Controller, Get, Param, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { envoyerPdf } from '../api/conventions.controller';
import { Convention } from '../entities/convention.entity';
import { ConventionPdfService } from '../pdf/convention-pdf.service';
import { pageMessage } from './pmsmp-pages';
import { PATH_DOCUMENT, PURPOSE_DOCUMENT } from './pmsmp-notifier.service';

/** A party downloads the agreement's PDF from its link (read-only, no login). */
@ApiExcludeController()
@Public()
@Controller(PATH_DOCUMENT)
export class DocumentLinkController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: SignedLinksService,
    private readonly pdfs: ConventionPdfService,
  ) {}

  @Get(':token')
  async get(@Param('token') token: string, @Res() res: Response) {
    const checked = this.links.check(token, PURPOSE_DOCUMENT);
    const c =
      'link' in checked && checked.link.resource
        ? await this.dataSource.getRepository(Convention).findOneBy({ id: checked.link.resource })
        : null;
    const courant = c ? await this.pdfs.courant(c) : null;
    if (!courant) {
      return void res
        .status(410)
        .type('html')
        .send(
          pageMessage(
            'Document indisponible',
            'Ce lien n’est pas valide ou a expiré. Contactez votre Mission Locale.',
          ),
        );
    }
    envoyerPdf(res, courant.pdf, courant.aJour);
  }
}

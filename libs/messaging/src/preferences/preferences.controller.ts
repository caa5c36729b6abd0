import { DomainError, Public } from '@app/core';
import { Body, Controller, Get, Header, Param, Post, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { PURPOSE } from '../delivery/email-channel.service';
import { SignedLinksService } from '../links/signed-links.service';
import { messagePage, preferencesPage } from './preferences.page';
import { PreferencesService } from './preferences.service';

const SAVE_PURPOSE = 'preferences.enregistrer';
const FORM_TTL_SECONDS = 3600;

/**
 * "Gérer mes préférences de contact", behind the link of every message: no login. The link
 * itself may be opened many times; each form carries its own single-use token, so a submitted
 * form cannot be replayed.
 */
@ApiExcludeController()
@Public()
@Controller()
export class PreferencesController {
  constructor(
    private readonly links: SignedLinksService,
    private readonly preferences: PreferencesService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get('preferences/:token')
  @Header('Cache-Control', 'no-store')
  async show(@Param('token') token: string, @Res() res: Response): Promise<void> {
    await this.page(res, () => this.render(token));
  }

  @Post('preferences/:token')
  @Header('Cache-Control', 'no-store')
  async save(
    @Param('token') token: string,
    @Body() body: Record<string, string>,
    @Res() res: Response,
  ): Promise<void> {
    await this.page(res, async () => {
      const link = this.links.verify(token, PURPOSE.PREFERENCES);
      await this.dataSource.transaction(async (manager) => {
        const form = await this.links.consume(String(body?.jeton ?? ''), SAVE_PURPOSE, manager);
        if (form.subject !== link.subject) throw DomainError.forbidden();
        await this.preferences.save(
          link.subject,
          { email: body.email === 'oui', sms: body.sms === 'oui' },
          manager,
        );
      });
      return this.render(token, true);
    });
  }

  @Get('desabonnement/:token')
  @Header('Cache-Control', 'no-store')
  async confirm(@Param('token') token: string, @Res() res: Response): Promise<void> {
    await this.page(res, async () => {
      this.links.verify(token, PURPOSE.DESABONNEMENT);
      return messagePage(
        'Ne plus recevoir nos e-mails',
        'Confirmez pour ne plus recevoir les e-mails de la Mission Locale.',
        'success',
      ).replace(
        '</main>',
        '<form method="post"><button class="fr-btn" type="submit">Me désabonner</button></form></main>',
      );
    });
  }

  /** The one-click unsubscribe of mail clients (RFC 8058) and the button above. */
  @Post('desabonnement/:token')
  @Header('Cache-Control', 'no-store')
  async unsubscribe(@Param('token') token: string, @Res() res: Response): Promise<void> {
    await this.page(res, async () => {
      const link = this.links.verify(token, PURPOSE.DESABONNEMENT);
      await this.preferences.unsubscribe(link.subject);
      return messagePage(
        'Désabonnement enregistré',
        'Vous ne recevrez plus nos e-mails. Vous pouvez changer d’avis avec votre conseiller ou votre conseillère.',
        'success',
      );
    });
  }

  private async render(token: string, saved = false): Promise<string> {
    const link = this.links.verify(token, PURPOSE.PREFERENCES);
    const view = await this.preferences.view(link.subject);
    if (!view) throw new DomainError('LIEN_INVALIDE', "Ce lien n'est plus valable.");
    const form = this.links.sign({
      purpose: SAVE_PURPOSE,
      subject: link.subject,
      ttlSeconds: FORM_TTL_SECONDS,
      singleUse: true,
    });
    return preferencesPage(view, form, saved);
  }

  /** Link errors become a French page (410), not a JSON problem: a person reads it. */
  private async page(res: Response, build: () => Promise<string>): Promise<void> {
    try {
      res
        .status(200)
        .type('html')
        .send(await build());
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const status = error.code === 'LIEN_INVALIDE' ? 410 : 403;
      res.status(status).type('html').send(messagePage('Lien non valide', error.message));
    }
  }
}

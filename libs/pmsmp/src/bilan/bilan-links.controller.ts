import { DomainError, Public } from '@app/core';
import { SignedLinksService } from '@app/messaging';
import { Body, Controller, Get, Header, HttpCode, Param, Post, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { SituationSuivi } from '../domain/pmsmp-codes';
import { ConventionSuivi } from '../entities/convention-suivi.entity';
import { Convention } from '../entities/convention.entity';
import { pageMessage } from '../signatures/pmsmp-pages';
import { pageBilan, pageSuivi } from './bilan-pages';
import { BilanService, PATH_BILAN, PURPOSE_BILAN } from './bilan.service';
import { PATH_SUIVI, PURPOSE_SUIVI, SuiviService } from './suivi.service';

const FAIT = () =>
  pageMessage(
    'Réponse déjà enregistrée',
    'Merci : votre réponse est enregistrée. Ce lien ne sert plus.',
  );
const INVALIDE = () =>
  pageMessage('Ce lien n’est pas valide', 'Rien n’a été modifié. Contactez la Mission Locale.');

/** The tutor's assessment page and the jeune's situation page (single-use links, no login). */
@ApiExcludeController()
@Public()
@Controller()
export class BilanLinksController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: SignedLinksService,
    private readonly bilans: BilanService,
    private readonly suivis: SuiviService,
  ) {}

  private async convention(token: string): Promise<Convention | null> {
    const checked = this.links.check(token, PURPOSE_BILAN);
    if (!('link' in checked) || checked.link.subject !== 'pmsmp:tuteur') return null;
    return this.dataSource.getRepository(Convention).findOneBy({ id: checked.link.resource ?? '' });
  }

  @Get(`${PATH_BILAN}/:token`)
  @Header('Cache-Control', 'no-store')
  async bilan(@Param('token') token: string, @Res() res: Response) {
    const c = await this.convention(token);
    if (!c) return void res.status(410).type('html').send(INVALIDE());
    if (c.bilan) return void res.type('html').send(FAIT());
    res.type('html').send(
      pageBilan({
        beneficiaire: `${c.contenu.beneficiaire.prenom} ${c.contenu.beneficiaire.nom}`,
        entreprise: c.contenu.accueil.raisonSociale,
      }),
    );
  }

  @Post(`${PATH_BILAN}/:token`)
  @HttpCode(200)
  async remplir(
    @Param('token') token: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ) {
    const c = await this.convention(token);
    if (!c) return void res.status(410).type('html').send(INVALIDE());
    if (c.bilan) return void res.type('html').send(FAIT());
    try {
      const dto = this.bilans.valider(body);
      await this.bilans.enregistrer(c.id, dto, { role: 'lien_tuteur' }, (m) =>
        this.links.consume(token, PURPOSE_BILAN, m),
      );
      res
        .type('html')
        .send(
          pageMessage(
            'Bilan enregistré',
            'Merci pour votre bilan : la Mission Locale en tient compte pour la suite du parcours.',
          ),
        );
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.code === 'VALIDATION') {
        const nom = `${c.contenu.beneficiaire.prenom} ${c.contenu.beneficiaire.nom}`;
        return void res
          .status(400)
          .type('html')
          .send(
            pageBilan({
              beneficiaire: nom,
              entreprise: c.contenu.accueil.raisonSociale,
              erreur: error.message,
            }),
          );
      }
      res
        .status(
          error.code === 'LIEN_INVALIDE' || error.code === 'PMSMP_TRANSITION_INTERDITE' ? 200 : 410,
        )
        .type('html')
        .send(FAIT());
    }
  }

  private async suivi(token: string): Promise<ConventionSuivi | null> {
    const checked = this.links.check(token, PURPOSE_SUIVI);
    if (!('link' in checked)) return null;
    return this.dataSource
      .getRepository(ConventionSuivi)
      .findOneBy({ id: checked.link.resource ?? '' });
  }

  @Get(`${PATH_SUIVI}/:token`)
  @Header('Cache-Control', 'no-store')
  async voirSuivi(@Param('token') token: string, @Res() res: Response) {
    const s = await this.suivi(token);
    if (!s) return void res.status(410).type('html').send(INVALIDE());
    res.type('html').send(s.situation ? FAIT() : pageSuivi(s.echeance));
  }

  @Post(`${PATH_SUIVI}/:token`)
  @HttpCode(200)
  async repondreSuivi(
    @Param('token') token: string,
    @Body() body: { situation?: string },
    @Res() res: Response,
  ) {
    const s = await this.suivi(token);
    if (!s) return void res.status(410).type('html').send(INVALIDE());
    if (!Object.values(SituationSuivi).includes(body?.situation as SituationSuivi)) {
      return void res.status(400).type('html').send(pageSuivi(s.echeance));
    }
    try {
      await this.suivis.repondre({ id: s.id }, body.situation as SituationSuivi, 'lien', (m) =>
        this.links.consume(token, PURPOSE_SUIVI, m),
      );
      res
        .type('html')
        .send(
          pageMessage(
            'Merci !',
            'Votre réponse est enregistrée. Votre conseiller ou votre conseillère reste à votre écoute.',
          ),
        );
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'LIEN_INVALIDE') throw error;
      res.type('html').send(FAIT());
    }
  }
}

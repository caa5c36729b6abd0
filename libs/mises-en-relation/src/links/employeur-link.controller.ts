import { Clock, DomainError, Public } from '@app/core';
import { jeuneForEmployer } from '@app/jeunes';
import { SignedLinksService } from '@app/messaging';
import { Body, Controller, Get, Header, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { MiseEnRelation } from '../entities/mise-en-relation.entity';
import { MerReponsesService } from '../lifecycle/mer-reponses.service';
import { MerStatut } from '../lifecycle/mer-statut';
import { ReponseEmployeur } from '../lifecycle/reponse-employeur';
import { PATH_EMPLOYEUR, PURPOSE_EMPLOYEUR } from '../notifications/mer-links.service';
import { MerLinkContext } from './mer-link-context.service';
import { pageEmployeur, pageStatut, parisVersIso } from './mer-pages';

const OUVERTES = [
  MerStatut.TRANSMISE_EMPLOYEUR,
  MerStatut.ENTRETIEN,
  MerStatut.SANS_REPONSE_EMPLOYEUR,
];
const MERCI: Record<string, string> = {
  entretien:
    'Entretien noté : le ou la candidate est prévenu(e). Après l’entretien, répondez depuis le nouveau lien reçu par e-mail.',
  recrutee: 'Recrutement enregistré. Merci de votre confiance !',
  non_retenue: 'Réponse enregistrée. Merci : nous prévenons le ou la candidate avec tact.',
};

/** The employer's one-click answers, no login: GET shows the candidate and the forms, POST answers. */
@ApiExcludeController()
@Public()
@Controller(PATH_EMPLOYEUR)
export class EmployeurLinkController {
  constructor(
    private readonly ctx: MerLinkContext,
    private readonly links: SignedLinksService,
    private readonly reponses: MerReponsesService,
    private readonly clock: Clock,
  ) {}

  @Get(':token')
  @Header('Cache-Control', 'no-store')
  async show(@Param('token') token: string, @Res() res: Response) {
    const r = await this.ctx.resoudre(
      token,
      PURPOSE_EMPLOYEUR,
      (m) => `entreprise:${m.entrepriseId}`,
    );
    if (!r.mer) return this.ctx.probleme(res, r.problem);
    if (!OUVERTES.includes(r.mer.statut)) return this.ctx.statut(res, r.mer, 200, false);
    res.type('html').send(await this.page(r.mer));
  }

  @Post(':token')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async answer(
    @Param('token') token: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ) {
    const r = await this.ctx.resoudre(
      token,
      PURPOSE_EMPLOYEUR,
      (m) => `entreprise:${m.entrepriseId}`,
    );
    if (!r.mer) return this.ctx.probleme(res, r.problem);
    const mer = r.mer;
    // A form posts strings; a repeated field arrives as a list: only a string is an answer.
    const field = (k: string) => (typeof body?.[k] === 'string' && body[k] ? body[k] : undefined);
    const reponse: ReponseEmployeur = {
      resultat: field('resultat') as ReponseEmployeur['resultat'],
      entretienAt: field('entretienAt') ? parisVersIso(field('entretienAt')!) : undefined,
      typeContrat: field('typeContrat'),
      dateDebut: field('dateDebut'),
      dateFin: field('dateFin'),
      heuresHebdo: field('heuresHebdo') ? Number(field('heuresHebdo')) : undefined,
      motif: field('motif'),
    };
    try {
      if (field('entretienAt') && !reponse.entretienAt) {
        throw DomainError.invalid(
          'entretienAt',
          "Cette date ou cette heure d'entretien n'existe pas.",
        );
      }
      if (!['entretien', 'recrutee', 'non_retenue'].includes(reponse.resultat)) {
        throw DomainError.invalid('resultat', 'Choisissez une réponse.');
      }
      await this.reponses.repondreEmployeur(mer.id, reponse, { role: 'lien_employeur' }, (m) =>
        this.links.consume(token, PURPOSE_EMPLOYEUR, m),
      );
      res.type('html').send(
        pageStatut({
          titre: 'Réponse enregistrée',
          texte: MERCI[reponse.resultat],
          type: 'success',
        }),
      );
    } catch (error) {
      await this.ctx.erreur(res, error, mer, false, (msg) => this.page(mer, msg));
    }
  }

  private async page(mer: MiseEnRelation, erreur?: string): Promise<string> {
    const jeune = await this.ctx.jeuneEmployeur(mer);
    const candidat = jeuneForEmployer(jeune!, { contactAutorise: true, now: this.clock.now() });
    return pageEmployeur(await this.ctx.offre(mer), candidat, { erreur });
  }
}

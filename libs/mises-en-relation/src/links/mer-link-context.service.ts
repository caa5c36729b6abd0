import { DomainError } from '@app/core';
import { JeunesService } from '@app/jeunes';
import { LinkProblem, SignedLinksService } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource, Not } from 'typeorm';
import { MiseEnRelation } from '../entities/mise-en-relation.entity';
import { MER_STATUT_LIBELLE, MerStatut } from '../lifecycle/mer-statut';
import { MerNotifier, resume } from '../notifications/mer-notifier.service';
import { listeAutres, OffreResume, pageProblemeLien, pageStatut } from './mer-pages';

/** Resolves a link to its MER (bound to the right person) and renders the common pages. */
@Injectable()
export class MerLinkContext {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: SignedLinksService,
    private readonly notifier: MerNotifier,
    private readonly jeunes: JeunesService,
  ) {}

  /** The MER the link acts on, or the problem (a link for another person is "invalide"). */
  async resoudre(token: string, purpose: string, sujet: (m: MiseEnRelation) => string) {
    const checked = this.links.check(token, purpose);
    if ('problem' in checked) return { problem: checked.problem };
    const mer = checked.link.resource
      ? await this.dataSource.getRepository(MiseEnRelation).findOneBy({ id: checked.link.resource })
      : null;
    if (!mer || checked.link.subject !== sujet(mer)) return { problem: 'invalide' as LinkProblem };
    return { mer };
  }

  async offre(mer: MiseEnRelation): Promise<OffreResume> {
    const { offre, entreprise, commune } = await this.notifier.contexte(mer);
    return { titre: offre.titre, entreprise, commune, resume: resume(offre) };
  }

  /** The jeune's own MERs that it was told about: titles and statuses, nothing of anyone else. */
  async autresDuJeune(mer: MiseEnRelation): Promise<string> {
    const rows = await this.dataSource.getRepository(MiseEnRelation).find({
      where: { jeuneId: mer.jeuneId, statut: Not(MerStatut.PROPOSEE) },
      order: { createdAt: 'DESC' },
      take: 20,
    });
    const items = [];
    for (const r of rows.filter((x) => x.statut !== MerStatut.ECARTEE)) {
      const { offre } = await this.notifier.contexte(r);
      items.push({ titre: offre.titre, statut: MER_STATUT_LIBELLE[r.statut] });
    }
    return listeAutres(items);
  }

  probleme(res: Response, problem: LinkProblem): void {
    res
      .status(410)
      .type('html')
      .send(pageProblemeLien(problem === 'expire' ? 'expire' : 'invalide'));
  }

  /** Where the MER stands: what a used link, or a second click, shows; nothing changes. */
  async statut(res: Response, mer: MiseEnRelation, status = 200, pourJeune = true): Promise<void> {
    const { titre } = await this.offre(mer);
    res
      .status(status)
      .type('html')
      .send(
        pageStatut({
          titre: `Réponse enregistrée : ${MER_STATUT_LIBELLE[mer.statut]}`,
          texte: `Pour l’offre « ${titre} », la mise en relation est ${MER_STATUT_LIBELLE[mer.statut]}. Ce lien ne permet plus de la modifier.`,
          autres: pourJeune ? await this.autresDuJeune(mer) : '',
        }),
      );
  }

  /** Maps what the service refused: the link's own problem, a transition already made, bad input. */
  async erreur(
    res: Response,
    error: unknown,
    mer: MiseEnRelation,
    pourJeune: boolean,
    formulaire: (msg: string) => Promise<string>,
  ) {
    if (!(error instanceof DomainError)) throw error;
    const raison = error.options.details?.raison as LinkProblem | undefined;
    const fresh =
      (await this.dataSource.getRepository(MiseEnRelation).findOneBy({ id: mer.id })) ?? mer;
    if (error.code === 'LIEN_INVALIDE' && raison !== 'deja_utilise')
      return this.probleme(res, raison ?? 'invalide');
    if (error.code === 'LIEN_INVALIDE' || error.code === 'MER_TRANSITION_INTERDITE') {
      return this.statut(res, fresh, error.code === 'LIEN_INVALIDE' ? 200 : 409, pourJeune);
    }
    if (error.code === 'VALIDATION')
      return void res
        .status(400)
        .type('html')
        .send(await formulaire(error.message));
    throw error;
  }

  jeuneEmployeur(mer: MiseEnRelation) {
    return this.jeunes.getById(mer.jeuneId);
  }
}

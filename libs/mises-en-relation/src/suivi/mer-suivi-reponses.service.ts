import { Clock, DOMAIN_EVENT, DomainError, OutboxService } from '@app/core';
import { JeunesService } from '@app/jeunes';
import { LinkProblem, SignedLinksService } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MiseEnRelation } from '../entities/mise-en-relation.entity';
import { transaction } from '../lifecycle/mer-tx';
import { MerNotifier } from '../notifications/mer-notifier.service';
import { MerSuivi, SuiviReponse } from './mer-suivi.entity';
import { MerSuiviNotifier, PURPOSE_SUIVI, sujetSuivi } from './mer-suivi-notifier.service';

export interface SuiviResolu {
  suivi: MerSuivi;
  mer: MiseEnRelation;
}

/** What the answer page says about the check. */
export interface SuiviContexte {
  repondant: MerSuivi['repondant'];
  mois: number;
  recruteAt: Date;
  offre: string;
  entreprise: string;
  salarie: string;
}

/**
 * The answer behind a check's link: one answer per check, through a single-use link whose use
 * commits with the answer; the row is locked, so two clicks at once record one answer.
 */
@Injectable()
export class MerSuiviReponsesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: SignedLinksService,
    private readonly notifier: MerSuiviNotifier,
    private readonly merNotifier: MerNotifier,
    private readonly jeunes: JeunesService,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
  ) {}

  /** The check the link is for, or why not (a link for someone else is "invalide"). */
  async resoudre(token: string): Promise<SuiviResolu | { problem: LinkProblem }> {
    const checked = this.links.check(token, PURPOSE_SUIVI);
    if ('problem' in checked) return { problem: checked.problem };
    const id = checked.link.resource;
    const suivi = id ? await this.dataSource.getRepository(MerSuivi).findOneBy({ id }) : null;
    const mer = suivi
      ? await this.dataSource.getRepository(MiseEnRelation).findOneBy({ id: suivi.merId })
      : null;
    if (!suivi || !mer || checked.link.subject !== sujetSuivi(suivi, mer)) {
      return { problem: 'invalide' };
    }
    return { suivi, mer };
  }

  ouvert(s: MerSuivi): boolean {
    return this.notifier.ouvert(s);
  }

  async contexte({ suivi, mer }: SuiviResolu): Promise<SuiviContexte> {
    const { offre, entreprise } = await this.merNotifier.contexte(mer);
    const c = await this.jeunes.getContact(mer.jeuneId);
    return {
      repondant: suivi.repondant,
      mois: suivi.mois,
      recruteAt: suivi.recruteAt,
      offre: offre.titre,
      entreprise,
      salarie: `${c?.prenom ?? ''} ${c?.nom ?? ''}`.trim() || 'La personne recrutée',
    };
  }

  /**
   * Records the answer: `enregistre`; `deja` when the check already has one or the link was
   * used; `expire` past the answer window. In the last two cases nothing changes.
   */
  async repondre(
    token: string,
    suiviId: string,
    reponse: SuiviReponse,
  ): Promise<{ resultat: 'enregistre' | 'deja' | 'expire'; suivi: MerSuivi }> {
    return transaction(this.dataSource, async (m) => {
      const repo = m.getRepository(MerSuivi);
      const suivi = await repo.findOne({
        where: { id: suiviId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!suivi) throw DomainError.notFound('Le suivi');
      if (suivi.reponse) return { resultat: 'deja', suivi };
      if (!this.notifier.ouvert(suivi)) return { resultat: 'expire', suivi };
      try {
        await this.links.consume(token, PURPOSE_SUIVI, m);
      } catch (error) {
        if (error instanceof DomainError && error.options.details?.raison === 'deja_utilise') {
          return { resultat: 'deja', suivi };
        }
        throw error;
      }
      suivi.reponse = reponse;
      suivi.answeredAt = this.clock.now();
      await repo.update({ id: suivi.id }, { reponse: suivi.reponse, answeredAt: suivi.answeredAt });
      await this.outbox.record(m, DOMAIN_EVENT.MER_SUIVI_REPONDU, suivi.id, {
        suiviId: suivi.id,
        merId: suivi.merId,
        structureId: suivi.structureId,
        mois: suivi.mois,
        repondant: suivi.repondant,
        reponse,
        at: suivi.answeredAt.toISOString(),
      });
      return { resultat: 'enregistre', suivi };
    });
  }
}

import { AuthUser, Clock, DomainError } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MerRelance } from '../entities/mer-relance.entity';
import { MiseEnRelation } from '../entities/mise-en-relation.entity';
import { MerConfig } from '../mer.config';
import { MerNotifier } from '../notifications/mer-notifier.service';
import { MerAccessService } from './mer-access.service';
import { MER_STATUT_LIBELLE, MerStatut } from './mer-statut';
import { transaction } from './mer-tx';

/** The employer's answer is awaited: a reminder makes sense. */
export const MER_RELANCABLES = [
  MerStatut.TRANSMISE_EMPLOYEUR,
  MerStatut.ENTRETIEN,
  MerStatut.SANS_REPONSE_EMPLOYEUR,
];

export interface RelanceView {
  at: Date;
  origine: 'auto' | 'manuelle';
  byUserId: string | null;
}

export interface ResultatRelance {
  /** False: a reminder went less than MER_RELANCE_MANUELLE_HEURES ago, nothing new was sent. */
  envoyee: boolean;
  derniereRelance: RelanceView;
  /** When the CRE may remind again. */
  prochainePossible: Date;
}

const HOUR = 3_600_000;
const view = (r: MerRelance): RelanceView => ({
  at: r.at,
  origine: r.origine,
  byUserId: r.byUserId,
});

/**
 * Reminding the employer, scheduled (MerEcheancesService) or by a CRE. The CRE's is idempotent
 * and rate-limited together: under the MER's row lock, a reminder less than
 * MER_RELANCE_MANUELLE_HEURES old (whoever sent it) is answered again instead of a new message,
 * so a double click, a retry or two CREs at once send one email.
 */
@Injectable()
export class MerRelanceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MerAccessService,
    private readonly notifier: MerNotifier,
    private readonly config: MerConfig,
    private readonly clock: Clock,
  ) {}

  relancer(id: string, user: AuthUser): Promise<ResultatRelance> {
    return transaction(this.dataSource, async (m) => {
      await this.access.getForUser(id, user, m);
      const mer = (await m
        .getRepository(MiseEnRelation)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }))!;
      if (!MER_RELANCABLES.includes(mer.statut))
        throw new DomainError(
          'MER_TRANSITION_INTERDITE',
          `On ne relance l'employeur que lorsque sa réponse est attendue : cette mise en relation est « ${MER_STATUT_LIBELLE[mer.statut]} ».`,
          { details: { statut: mer.statut } },
        );
      const fenetre = this.config.MER_RELANCE_MANUELLE_HEURES * HOUR;
      const derniere = await this.derniere(mer.id, m);
      const now = this.clock.now();
      if (derniere && now.getTime() - derniere.at.getTime() < fenetre)
        return {
          envoyee: false,
          derniereRelance: view(derniere),
          prochainePossible: new Date(derniere.at.getTime() + fenetre),
        };
      const relance = await this.enregistrer(m, mer, 'manuelle', user.id);
      const rang = await m.getRepository(MerRelance).countBy({ merId: mer.id });
      await this.notifier.candidat(m, mer, rang, `mer.relance-employeur:${mer.id}:${relance.id}`);
      return {
        envoyee: true,
        derniereRelance: view(relance),
        prochainePossible: new Date(relance.at.getTime() + fenetre),
      };
    });
  }

  enregistrer(
    m: EntityManager,
    mer: MiseEnRelation,
    origine: 'auto' | 'manuelle',
    byUserId: string | null,
  ): Promise<MerRelance> {
    return m.getRepository(MerRelance).save({
      merId: mer.id,
      origine,
      statut: mer.statut,
      byUserId,
      at: this.clock.now(),
    });
  }

  derniere(merId: string, m?: EntityManager): Promise<MerRelance | null> {
    return (m ?? this.dataSource.manager)
      .getRepository(MerRelance)
      .findOne({ where: { merId }, order: { at: 'DESC' } });
  }

  /** The last reminder of each MER, in one query (the lists). */
  async dernieres(merIds: string[]): Promise<Map<string, RelanceView>> {
    if (!merIds.length) return new Map();
    const rows: { mer_id: string; at: Date; origine: 'auto' | 'manuelle'; by_user_id: string }[] =
      await this.dataSource.query(
        `SELECT DISTINCT ON (mer_id) mer_id, at, origine, by_user_id FROM mer_relances
         WHERE mer_id = ANY($1::uuid[]) ORDER BY mer_id, at DESC`,
        [merIds],
      );
    return new Map(
      rows.map((r) => [r.mer_id, { at: r.at, origine: r.origine, byUserId: r.by_user_id }]),
    );
  }

  /** Every reminder of a MER, oldest first (the timeline). */
  async toutes(merId: string): Promise<RelanceView[]> {
    const rows = await this.dataSource
      .getRepository(MerRelance)
      .find({ where: { merId }, order: { at: 'ASC' } });
    return rows.map(view);
  }
}

import { AuthUser, Clock, Role } from '@app/core';
import { EntreprisesService } from '@app/entreprises';
import { jeuneForEmployer, JeunesService } from '@app/jeunes';
import { OffresService } from '@app/offres';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, FindOptionsWhere, In } from 'typeorm';
import { MerTransitionLog } from '../entities/mer-transition.entity';
import { MiseEnRelation } from '../entities/mise-en-relation.entity';
import { MerAccessService } from '../lifecycle/mer-access.service';
import { MerRelanceService } from '../lifecycle/mer-relance.service';
import {
  MER_ATTENTE,
  MER_STATUT_LIBELLE,
  MER_VISIBLES_EMPLOYEUR,
  MerStatut,
} from '../lifecycle/mer-statut';
import { MerEmployeurView, MerView, transitionView } from './mer.view';

export interface MerFiltre {
  statut?: MerStatut;
  attente?: 'cre' | 'jeune' | 'employeur';
  offreId?: string;
  entrepriseId?: string;
  jeuneId?: string;
}

/** The lists of each party, scoped like every read of the service (404 / nothing otherwise). */
@Injectable()
export class MerQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MerAccessService,
    private readonly offres: OffresService,
    private readonly entreprises: EntreprisesService,
    private readonly jeunes: JeunesService,
    private readonly clock: Clock,
    private readonly relances: MerRelanceService,
  ) {}

  /** Staff lists: by status, by who it waits on, per offer, per entreprise, per jeune. */
  async lister(user: AuthUser, f: MerFiltre): Promise<MerView[]> {
    const statuts = f.attente
      ? (Object.entries(MER_ATTENTE)
          .filter(([, a]) => a === f.attente)
          .map(([s]) => s) as MerStatut[])
      : f.statut
        ? [f.statut]
        : undefined;
    const where: FindOptionsWhere<MiseEnRelation> = {
      ...(statuts ? { statut: In(statuts) } : {}),
      ...(f.offreId ? { offreId: f.offreId } : {}),
      ...(f.entrepriseId ? { entrepriseId: f.entrepriseId } : {}),
      ...(f.jeuneId ? { jeuneId: f.jeuneId } : {}),
    };
    if (user.role === Role.CONSEILLER) {
      // The conseiller's own jeunes only (they may be proposed on a neighbour's offers).
      const mine = await this.repo.find({
        where: { ...where, jeuneStructureId: user.structureId },
        order: { statutAt: 'ASC' },
      });
      return this.avecJeunes(await this.access.visibles(mine, user));
    }
    const rows = await this.repo.find({
      where: { ...where, structureId: user.structureId },
      order: { statutAt: 'ASC', id: 'ASC' },
      take: 500,
    });
    return this.avecJeunes(rows);
  }

  async detail(id: string, user: AuthUser): Promise<MerView | MerEmployeurView> {
    const mer = await this.access.getForUser(id, user);
    if (user.role === Role.EMPLOYEUR) return (await this.pourEmployeur([mer]))[0];
    const [view] = await this.avecJeunes([mer]);
    const logs = await this.dataSource
      .getRepository(MerTransitionLog)
      .find({ where: { merId: id }, order: { at: 'ASC' } });
    return { ...view, transitions: logs.map(transitionView) };
  }

  /** An offer's MERs: everything for staff; for its employer, only the candidates sent to it. */
  async pourOffre(offreId: string, user: AuthUser): Promise<MerView[] | MerEmployeurView[]> {
    await this.offres.getForUser(offreId, user);
    if (user.role === Role.EMPLOYEUR) {
      const rows = await this.repo.find({
        where: { offreId, statut: In(MER_VISIBLES_EMPLOYEUR) },
        order: { statutAt: 'ASC' },
      });
      return this.pourEmployeur(rows);
    }
    return this.lister(user, { offreId });
  }

  async pourEntreprise(
    entrepriseId: string,
    user: AuthUser,
  ): Promise<MerView[] | MerEmployeurView[]> {
    await this.entreprises.getForUser(entrepriseId, user);
    if (user.role === Role.EMPLOYEUR) {
      const rows = await this.repo.find({
        where: { entrepriseId, structureId: user.structureId, statut: In(MER_VISIBLES_EMPLOYEUR) },
        order: { statutAt: 'ASC' },
      });
      return this.pourEmployeur(rows);
    }
    return this.lister(user, { entrepriseId });
  }

  /** Counters for the CRE: open, hired, no answer; by status too. */
  async compteurs(user: AuthUser, f: { offreId?: string; entrepriseId?: string }) {
    const rows: { statut: MerStatut; n: number }[] = await this.dataSource.query(
      `SELECT statut, count(*)::int AS n FROM mises_en_relation
       WHERE structure_id = $1 AND ($2::uuid IS NULL OR offre_id = $2) AND ($3::uuid IS NULL OR entreprise_id = $3)
       GROUP BY statut`,
      [user.structureId, f.offreId ?? null, f.entrepriseId ?? null],
    );
    const par = Object.fromEntries(rows.map((r) => [r.statut, r.n])) as Partial<
      Record<MerStatut, number>
    >;
    const sum = (s: MerStatut[]) => s.reduce((acc, k) => acc + (par[k] ?? 0), 0);
    return {
      ouvertes: sum(Object.keys(MER_ATTENTE) as MerStatut[]),
      recrutees: par[MerStatut.RECRUTEE] ?? 0,
      sansReponse: sum([MerStatut.SANS_REPONSE_JEUNE, MerStatut.SANS_REPONSE_EMPLOYEUR]),
      parStatut: Object.fromEntries(Object.values(MerStatut).map((s) => [s, par[s] ?? 0])),
      libelles: MER_STATUT_LIBELLE,
    };
  }

  private get repo() {
    return this.dataSource.getRepository(MiseEnRelation);
  }

  /** Names of the jeune, offer and entreprise, and the last reminder: one query each, not per row. */
  async avecJeunes(rows: MiseEnRelation[]): Promise<MerView[]> {
    const [noms, titres, entreprises, relances] = await Promise.all([
      this.jeunes.nomsParIds(rows.map((r) => r.jeuneId)),
      this.offres.titresParIds(rows.map((r) => r.offreId)),
      this.entreprises.nomsParIds(rows.map((r) => r.entrepriseId)),
      this.relances.dernieres(rows.map((r) => r.id)),
    ]);
    return rows.map((r) => ({
      ...MerView.of(r),
      jeune: noms.get(r.jeuneId) ?? { prenom: '', nom: '' },
      offreTitre: titres.get(r.offreId) ?? '',
      entrepriseNom: entreprises.get(r.entrepriseId) ?? '',
      derniereRelance: relances.get(r.id) ?? null,
    }));
  }

  private async pourEmployeur(rows: MiseEnRelation[]): Promise<MerEmployeurView[]> {
    const now = this.clock.now();
    const views: MerEmployeurView[] = [];
    const jeunes = await this.jeunes.getByIds(rows.map((r) => r.jeuneId));
    for (const r of rows) {
      const jeune = jeunes.get(r.jeuneId);
      if (!jeune) continue;
      views.push({
        id: r.id,
        offreId: r.offreId,
        statut: r.statut,
        statutLibelle: MER_STATUT_LIBELLE[r.statut],
        statutAt: r.statutAt,
        entretienAt: r.entretienAt,
        contrat: r.contrat,
        // Visible only once the jeune accepted: the contact details go with it.
        candidat: jeuneForEmployer(jeune, { contactAutorise: true, now }),
      });
    }
    return views;
  }
}

import { AuthUser } from '@app/core';
import { EntreprisesService } from '@app/entreprises';
import { AccordsVoisinageService } from '@app/matching';
import { OffresService } from '@app/offres';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MiseEnRelation } from '../entities/mise-en-relation.entity';
import { MerStatut } from '../lifecycle/mer-statut';
import { FileTriView } from './file-tri.view';
import { MerQueryService } from './mer-query.service';

/** The queue's page size when the client does not say (one screen of work for a CRE). */
export const FILE_PAR_PAGE = 50;

/**
 * The CRE's screening queue (issue 14): proposals to examine, oldest first, one page at a time,
 * with the count per offer over the whole queue (the filter's options and the "n à examiner").
 * A jeune of a neighbouring structure shows only while the agreement between the two holds
 * (checked at read time, in SQL: a revoked agreement empties the queue of that structure's jeunes).
 * Both queries are index scans (IDX_mises_en_relation_file / _offre_file, migration 1795535000000).
 */
@Injectable()
export class MerFileTriService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly query: MerQueryService,
    private readonly offres: OffresService,
    private readonly entreprises: EntreprisesService,
    private readonly accords: AccordsVoisinageService,
  ) {}

  async page(
    user: AuthUser,
    q: { offreId?: string; page?: number; parPage?: number },
  ): Promise<FileTriView> {
    const page = q.page ?? 1;
    const parPage = q.parPage ?? FILE_PAR_PAGE;
    const accessibles = await this.accords.accessibles(user.structureId);
    const qb = this.dataSource
      .getRepository(MiseEnRelation)
      .createQueryBuilder('m')
      .where('m.structureId = :sid', { sid: user.structureId })
      .andWhere('m.statut = :statut', { statut: MerStatut.PROPOSEE })
      .andWhere('m.jeuneStructureId = ANY(:accessibles)', { accessibles });
    const comptes = qb
      .clone()
      .select('m.offreId', 'offreId')
      .addSelect('m.entrepriseId', 'entrepriseId')
      .addSelect('count(*)::int', 'n')
      .groupBy('m.offreId')
      .addGroupBy('m.entrepriseId')
      .getRawMany<{ offreId: string; entrepriseId: string; n: number }>();
    if (q.offreId) qb.andWhere('m.offreId = :oid', { oid: q.offreId });
    const rows = qb
      .orderBy('m.createdAt', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .offset((page - 1) * parPage)
      .limit(parPage)
      .getMany();
    const [parOffre, items] = await Promise.all([comptes, rows]);
    const [titres, noms] = await Promise.all([
      this.offres.titresParIds(parOffre.map((o) => o.offreId)),
      this.entreprises.nomsParIds(parOffre.map((o) => o.entrepriseId)),
    ]);
    const toutes = parOffre.reduce((acc, o) => acc + o.n, 0);
    return {
      items: await this.query.avecJeunes(await items),
      total: q.offreId ? (parOffre.find((o) => o.offreId === q.offreId)?.n ?? 0) : toutes,
      toutes,
      page,
      parPage,
      parOffre: parOffre
        .map((o) => ({
          offreId: o.offreId,
          offreTitre: titres.get(o.offreId) ?? '',
          entrepriseNom: noms.get(o.entrepriseId) ?? '',
          n: o.n,
        }))
        .sort((a, b) => a.offreTitre.localeCompare(b.offreTitre, 'fr') || b.n - a.n),
    };
  }
}

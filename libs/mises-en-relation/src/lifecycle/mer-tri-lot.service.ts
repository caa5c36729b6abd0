import { AuthUser, DomainError, ERROR_CODES } from '@app/core';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MiseEnRelation } from '../entities/mise-en-relation.entity';
import { MerStatut } from './mer-statut';
import { LigneTri, ResultatTri } from './mer-tri-lot.view';
import { MerTriService } from './mer-tri.service';

const CIBLE = { retenir: MerStatut.RETENUE, ecarter: MerStatut.ECARTEE };

/**
 * Bulk screening, one transaction per line: a line is applied whole or not at all (its
 * messages, its log row and the proposal's move commit together), and every line gets its own
 * result, so the caller knows exactly what to send again. A refused line (409, 400) or a
 * database failure in the middle (a connection cut, a timeout) is that line's result, never a
 * 500 for the batch after some lines were committed.
 */
@Injectable()
export class MerTriLotService {
  private readonly logger = new Logger('MerTriLot');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tri: MerTriService,
  ) {}

  async trier(
    user: AuthUser,
    dto: { retenir?: string[]; ecarter?: { id: string; motif: string; commentaire?: string }[] },
  ): Promise<ResultatTri> {
    const resultats: LigneTri[] = [];
    for (const id of dto.retenir ?? [])
      resultats.push(await this.ligne(id, 'retenir', () => this.tri.retenir(id, user)));
    for (const e of dto.ecarter ?? [])
      resultats.push(
        await this.ligne(e.id, 'ecarter', () =>
          this.tri.ecarter(e.id, user, e.motif, e.commentaire),
        ),
      );
    return {
      resultats,
      appliquees: resultats.filter((r) => r.ok).length,
      refusees: resultats.filter((r) => !r.ok && !r.erreur?.reessayable).length,
      aRenvoyer: resultats.filter((r) => r.erreur?.reessayable).length,
    };
  }

  private async ligne(
    id: string,
    action: LigneTri['action'],
    fn: () => Promise<MiseEnRelation>,
  ): Promise<LigneTri> {
    try {
      return { id, action, ok: true, statut: (await fn()).statut };
    } catch (error) {
      if (error instanceof DomainError) {
        return {
          id,
          action,
          ok: false,
          erreur: {
            code: error.code,
            status: ERROR_CODES[error.code].status,
            detail: error.message,
            reessayable: false,
            statut: error.options.details?.statut,
          },
        };
      }
      this.logger.warn({ id, action, err: (error as Error).message }, 'ligne de tri en échec');
      // The line's transaction failed: rolled back, or cut off at its COMMIT. Its status, read
      // again on another connection, tells which (if the database answers by now).
      const statut = await this.statut(id).catch(() => undefined);
      if (statut === CIBLE[action]) return { id, action, ok: true, statut };
      return {
        id,
        action,
        ok: false,
        erreur: {
          code: 'SERVICE_UNAVAILABLE',
          status: 503,
          detail:
            "La base de données n'a pas répondu : cette ligne n'a pas été appliquée, renvoyez-la.",
          reessayable: true,
          ...(statut ? { statut } : {}),
        },
      };
    }
  }

  private async statut(id: string): Promise<MerStatut | undefined> {
    const mer = await this.dataSource
      .getRepository(MiseEnRelation)
      .findOne({ select: { id: true, statut: true }, where: { id } });
    return mer?.statut;
  }
}

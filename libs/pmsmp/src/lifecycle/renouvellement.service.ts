import { AuthUser, DomainError } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RenouvelerDto } from '../api/convention.dto';
import { ConventionContenu } from '../domain/convention-contenu';
import { ConventionStatut as S } from '../domain/pmsmp-codes';
import { Convention } from '../entities/convention.entity';
import { renouvellementPermis } from '../rules/renouvellement-rules';
import { decaler } from './convention-builder';
import { ConventionLifecycleService } from './convention-lifecycle.service';
import { ConventionAction } from './convention-transitions';
import { ConventionVerificationService } from './convention-verification.service';
import { ConventionsService } from './conventions.service';

/**
 * The renewal: once, of a validated agreement that is not itself a renewal, if the objective
 * was not reached; a new draft linked to it (unique key), same content on the new dates.
 */
@Injectable()
export class RenouvellementService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly conventions: ConventionsService,
    private readonly verification: ConventionVerificationService,
    private readonly lifecycle: ConventionLifecycleService,
  ) {}

  /** One renewal, if the objective was not reached: a new draft linked to the validated one. */
  async renouveler(user: AuthUser, id: string, dto: RenouvelerDto): Promise<Convention> {
    return this.dataSource.transaction(async (m) => {
      const origine = await this.lifecycle.lock(m, id, user.structureId);
      const deja = await m.getRepository(Convention).existsBy({ renouvellementDeId: origine.id });
      const refus = renouvellementPermis(
        {
          estRenouvellement: origine.renouvellementDeId !== null,
          dejaRenouvelee: deja,
          validee: origine.statut === S.VALIDEE,
        },
        dto.objectifAtteint,
      );
      if (refus.length > 0) {
        const code =
          refus[0].code === 'objectif_atteint' ? 'VALIDATION' : 'PMSMP_TRANSITION_INTERDITE';
        throw new DomainError(code, refus[0].message, {
          field: refus[0].field,
          details: { statut: origine.statut },
        });
      }
      const contenu: ConventionContenu = {
        ...origine.contenu,
        dateDebut: dto.dateDebut,
        dateFin: dto.dateFin,
        horaires: [],
      };
      // The same weekly pattern, shifted to the new dates (the conseiller adjusts it if need be).
      contenu.horaires = decaler(origine.contenu, dto.dateDebut, dto.dateFin);
      const v = await this.verification.verifier(m, contenu, {
        jeuneId: origine.jeuneId,
        renouvellementDe: origine,
      });
      await this.lifecycle.apply(
        m,
        origine,
        ConventionAction.RENOUVELER,
        { user, role: user.role },
        {
          motif: dto.motif,
        },
      );
      return this.conventions.inserer(m, user, contenu, v, {
        jeuneId: origine.jeuneId,
        entrepriseId: origine.entrepriseId,
        offreId: origine.offreId,
        merId: origine.merId,
        renouvellementDeId: origine.id,
      });
    });
  }
}

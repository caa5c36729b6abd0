import { Clock, DomainError } from '@app/core';
import { Injectable } from '@nestjs/common';
import { EntityManager, In, Not } from 'typeorm';
import { ConventionContenu } from '../domain/convention-contenu';
import { ConventionStatut as S } from '../domain/pmsmp-codes';
import { Convention } from '../entities/convention.entity';
import { parisToday } from '../rules/calendrier';
import { Verification, verifierConvention } from '../rules/verifier-convention';
import { PmsmpConfig } from '../pmsmp.config';

/** Agreements that count for "two months over twelve" (a draft, refused or cancelled does not). */
const VIVANTES = [S.A_SIGNER, S.PARTIELLEMENT_SIGNEE, S.SIGNEE, S.VALIDEE];

interface VerificationParams {
  jeuneId: string;
  id?: string;
  renouvellementDe?: Convention | null;
  dateDebutAvant?: string;
}

/** Runs every rule with what they need from the database; all the errors in one 400. */
@Injectable()
export class ConventionVerificationService {
  constructor(
    private readonly clock: Clock,
    private readonly config: PmsmpConfig,
  ) {}

  async verifier(
    m: EntityManager,
    contenu: ConventionContenu,
    p: VerificationParams,
  ): Promise<Verification> {
    const v = await this.evaluer(m, contenu, p);
    if (v.erreurs.length > 0) {
      const [first] = v.erreurs;
      throw new DomainError('VALIDATION', first.message, {
        field: first.field,
        errors: v.erreurs,
        details: { avertissements: v.avertissements },
      });
    }
    return v;
  }

  /** Every rule, without throwing: the form's checks as the conseiller types. */
  async evaluer(
    m: EntityManager,
    contenu: ConventionContenu,
    p: VerificationParams,
  ): Promise<Verification> {
    const autres = await m.getRepository(Convention).find({
      select: { id: true, dateDebut: true, dateFin: true },
      where: {
        jeuneId: p.jeuneId,
        siret: contenu.accueil.siret,
        statut: In(VIVANTES),
        ...(p.id ? { id: Not(p.id) } : {}),
      },
    });
    return verifierConvention(contenu, {
      aujourdhui: parisToday(this.clock.now()),
      graceJours: this.config.PMSMP_GRACE_JOURS,
      controlerRetroactivite: p.dateDebutAvant !== contenu.dateDebut,
      autresMemeAccueil: autres,
      horairesPrecedents: p.renouvellementDe?.contenu.horaires,
      finPrecedente: p.renouvellementDe?.dateFin,
    });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { ConventionStatut as S, Signataire } from '../domain/pmsmp-codes';
import { ConventionPdf } from '../entities/convention-pdf.entity';
import { Convention } from '../entities/convention.entity';
import { Signature } from '../entities/signature.entity';
import { ConventionLifecycleService } from './convention-lifecycle.service';
import { ConventionAction } from './convention-transitions';

const EN_COURS = [S.BROUILLON, S.A_SIGNER, S.PARTIELLEMENT_SIGNEE, S.SIGNEE];

/**
 * On `jeune.anonymise` (erasure, retention): the agreements keep what the yearly report counts
 * (objective, dates, host, assessment, situations) and lose the beneficiary's and the legal
 * representative's identity and contacts, in the content, the signatures and the PDFs (deleted;
 * the worker renders an anonymised one). An agreement still under way is cancelled. Idempotent.
 */
@Injectable()
export class PmsmpAnonymisationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lifecycle: ConventionLifecycleService,
  ) {}

  anonymiser(jeuneId: string): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const rows = await m.getRepository(Convention).find({
        where: { jeuneId },
        lock: { mode: 'pessimistic_write' },
      });
      let n = 0;
      for (const c of rows) {
        const b = c.contenu.beneficiaire;
        if (b.nom === '' && !c.contenu.representantLegal) continue;
        const annee = b.dateNaissance.slice(0, 4);
        c.contenu = {
          ...c.contenu,
          beneficiaire: {
            ...b,
            nom: '',
            prenom: 'Anonyme',
            email: '',
            telephone: '',
            adresse: '',
            dateNaissance: annee ? `${annee}-01-01` : '',
          },
          representantLegal: undefined,
        };
        if (EN_COURS.includes(c.statut)) {
          await this.lifecycle.apply(
            m,
            c,
            ConventionAction.ANNULER,
            { role: 'system' },
            { motif: 'Jeune anonymisé' },
          );
        } else {
          await m.getRepository(Convention).save(c);
          await this.lifecycle.log(m, c, 'anonymisation', c.statut, { role: 'system' });
        }
        await m.getRepository(Signature).update(
          {
            conventionId: c.id,
            signataire: In([Signataire.BENEFICIAIRE, Signataire.REPRESENTANT_LEGAL]),
          },
          { nom: 'Anonyme', email: '', ip: '', userAgent: '' },
        );
        await m.getRepository(ConventionPdf).delete({ conventionId: c.id });
        n++;
      }
      return n;
    });
  }
}

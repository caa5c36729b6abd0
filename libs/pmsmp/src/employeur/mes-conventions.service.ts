import { AuthUser, DomainError } from '@app/core';
import { EntreprisesService } from '@app/entreprises';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, Not } from 'typeorm';
import { sectionsConvention } from '../domain/convention-sections';
import { ConventionStatut as S, Signataire, STATUT_LIBELLE } from '../domain/pmsmp-codes';
import { Convention } from '../entities/convention.entity';
import { ConventionPdfService } from '../pdf/convention-pdf.service';
import { SignatureLinksService } from '../signatures/signature-links.service';
import { MaConventionDetailView, MaConventionView } from './mes-conventions.view';

const SIGNABLE = [S.A_SIGNER, S.PARTIELLEMENT_SIGNEE];

/**
 * The host's view of its agreements: those of the employer's validated entreprises, never a
 * draft (the ML's working copy). Anything else is "not found", as for another structure.
 */
@Injectable()
export class MesConventionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly entreprises: EntreprisesService,
    private readonly liens: SignatureLinksService,
    private readonly pdfs: ConventionPdfService,
  ) {}

  private async mesEntreprises(user: AuthUser): Promise<string[]> {
    return (await this.entreprises.accessibleEntrepriseIds(user)) ?? [];
  }

  async lister(user: AuthUser): Promise<MaConventionView[]> {
    const ids = await this.mesEntreprises(user);
    if (!ids.length) return [];
    const rows = await this.dataSource.getRepository(Convention).find({
      where: { structureId: user.structureId, entrepriseId: In(ids), statut: Not(S.BROUILLON) },
      order: { dateDebut: 'DESC' },
      take: 200,
    });
    return Promise.all(rows.map((c) => this.resume(c)));
  }

  async get(user: AuthUser, id: string): Promise<Convention> {
    const ids = await this.mesEntreprises(user);
    const c = ids.length
      ? await this.dataSource.getRepository(Convention).findOneBy({
          id,
          structureId: user.structureId,
          entrepriseId: In(ids),
          statut: Not(S.BROUILLON),
        })
      : null;
    if (!c) throw DomainError.notFound('La convention');
    return c;
  }

  async detail(user: AuthUser, id: string): Promise<MaConventionDetailView> {
    const c = await this.get(user, id);
    const courant = await this.pdfs.courant(c);
    return {
      ...(await this.resume(c)),
      version: c.version,
      contenuSha256: c.contenuSha256,
      sections: sectionsConvention(c.contenu),
      avertissements: c.avertissements.map((a) => a.message),
      pdf: courant ? { version: courant.pdf.version, aJour: courant.aJour } : null,
    };
  }

  /**
   * The host representative's personal link, fresh, to open the existing signing page (same
   * page, same checks, same audit: IP, user agent, SHA-256 of the version shown).
   */
  async lienSignature(user: AuthUser, id: string): Promise<{ url: string }> {
    const c = await this.get(user, id);
    const manque = (await this.liens.manquants(this.dataSource.manager, c)).some(
      (a) => a.signataire === Signataire.ENTREPRISE,
    );
    if (!SIGNABLE.includes(c.statut) || !manque) {
      throw new DomainError(
        'PMSMP_TRANSITION_INTERDITE',
        `La convention est ${STATUT_LIBELLE[c.statut]} : la signature de l’entreprise n’est pas attendue.`,
        { details: { statut: c.statut } },
      );
    }
    return { url: this.liens.lien(c, Signataire.ENTREPRISE) };
  }

  private async resume(c: Convention): Promise<MaConventionView> {
    const manquants = SIGNABLE.includes(c.statut)
      ? await this.liens.manquants(this.dataSource.manager, c)
      : [];
    const b = c.contenu.beneficiaire;
    return {
      id: c.id,
      statut: c.statut,
      statutLibelle: STATUT_LIBELLE[c.statut],
      // The host needs no more before signing: first name and initial.
      beneficiaire: `${b.prenom} ${b.nom.charAt(0).toUpperCase()}.`,
      entreprise: c.contenu.accueil.raisonSociale,
      metier: c.contenu.metier.appellation,
      dateDebut: c.dateDebut,
      dateFin: c.dateFin,
      signaturesAttendues: manquants.map((m) => m.qualite),
      aSigner: manquants.some((m) => m.signataire === Signataire.ENTREPRISE),
    };
  }
}

import { AuthUser, DomainError, Role } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import { ConventionTransition } from '../entities/convention-transition.entity';
import { Convention } from '../entities/convention.entity';
import { Signature } from '../entities/signature.entity';
import { ConventionPdfService } from '../pdf/convention-pdf.service';
import { SignatureLinksService } from '../signatures/signature-links.service';
import { ConventionQueryDto } from './convention.dto';
import { ConventionLigneView } from './convention-ligne.view';
import { ConventionView } from './convention.view';

/** Reads, scoped to the caller's structure (another structure's agreement is "not found"). */
@Injectable()
export class ConventionsQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly liens: SignatureLinksService,
    private readonly pdfs: ConventionPdfService,
  ) {}

  async get(user: AuthUser, id: string): Promise<Convention> {
    const c = await this.dataSource
      .getRepository(Convention)
      .findOneBy({ id, structureId: user.structureId });
    if (!c) throw DomainError.notFound('La convention');
    return c;
  }

  async view(user: AuthUser, id: string): Promise<ConventionView> {
    return this.vue(await this.get(user, id));
  }

  async vue(c: Convention): Promise<ConventionView> {
    const m = this.dataSource.manager;
    const signatures = await m
      .getRepository(Signature)
      .find({ where: { conventionId: c.id, retireeAt: IsNull() }, order: { signedAt: 'ASC' } });
    const courant = await this.pdfs.courant(c);
    const pdf = courant
      ? {
          version: courant.pdf.version,
          sha256: courant.pdf.sha256,
          taille: courant.pdf.taille,
          aJour: courant.aJour,
        }
      : null;
    return ConventionView.of(c, signatures, await this.liens.manquants(m, c), pdf);
  }

  async lister(user: AuthUser, q: ConventionQueryDto): Promise<ConventionLigneView[]> {
    const rows = await this.dataSource.getRepository(Convention).find({
      where: {
        structureId: user.structureId,
        ...(q.statut ? { statut: q.statut } : {}),
        ...(q.objectif ? { objectif: q.objectif } : {}),
        ...(q.jeuneId ? { jeuneId: q.jeuneId } : {}),
        ...(user.role === Role.CONSEILLER && !q.jeuneId ? { createdBy: user.id } : {}),
      },
      order: { dateDebut: 'DESC' },
      take: 200,
    });
    // One query for every row's live signatures (the list shows each one's progress).
    const vivantes = rows.length
      ? await this.dataSource.getRepository(Signature).find({
          select: { conventionId: true, signataire: true },
          where: { conventionId: In(rows.map((c) => c.id)), retireeAt: IsNull() },
        })
      : [];
    return rows.map((c) => {
      const attendus = this.liens.attendus(c).map((a) => a.signataire);
      const signes = new Set(
        vivantes.filter((s) => s.conventionId === c.id).map((s) => s.signataire),
      );
      return {
        id: c.id,
        statut: c.statut,
        version: c.version,
        objectif: c.objectif,
        beneficiaire: `${c.contenu.beneficiaire.prenom} ${c.contenu.beneficiaire.nom}`,
        accueil: c.contenu.accueil.raisonSociale,
        dateDebut: c.dateDebut,
        dateFin: c.dateFin,
        renouvellementDeId: c.renouvellementDeId,
        signees: attendus.filter((a) => signes.has(a)).length,
        signaturesAttendues: attendus.length,
      };
    });
  }

  async journal(user: AuthUser, id: string) {
    await this.get(user, id);
    return this.dataSource
      .getRepository(ConventionTransition)
      .find({ where: { conventionId: id }, order: { at: 'ASC' } });
  }
}

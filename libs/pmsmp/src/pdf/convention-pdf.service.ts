import { Clock } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { sha256 } from '../domain/empreinte';
import { ConventionPdf } from '../entities/convention-pdf.entity';
import { Convention } from '../entities/convention.entity';
import { Signature } from '../entities/signature.entity';
import { renderConventionPdf } from './convention-pdf.renderer';

/**
 * Renders an agreement's PDF in the worker (on `pmsmp.modifiee`), for its current state:
 * version, live signatures, status. Idempotent: a state already rendered is not rendered again
 * (unique key), so a replayed event or two workers at once store one PDF.
 */
@Injectable()
export class ConventionPdfService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async generer(conventionId: string): Promise<{ etat: string; cree: boolean } | null> {
    const c = await this.dataSource.getRepository(Convention).findOneBy({ id: conventionId });
    if (!c) return null;
    const signatures = await this.dataSource.getRepository(Signature).find({
      where: { conventionId, retireeAt: IsNull() },
      order: { signedAt: 'ASC' },
    });
    const etat = etatPdf(c, signatures.length);
    const repo = this.dataSource.getRepository(ConventionPdf);
    if (await repo.existsBy({ conventionId, etat })) return { etat, cree: false };
    const pdf = await renderConventionPdf({
      id: c.id,
      version: c.version,
      statut: c.statut,
      contenu: c.contenu,
      contenuSha256: c.contenuSha256,
      avertissements: c.avertissements.map((a) => a.message),
      signatures,
      bilan: c.bilan,
      at: c.updatedAt,
    });
    const inserted = await repo
      .createQueryBuilder()
      .insert()
      .values({
        conventionId,
        etat,
        version: c.version,
        sha256: sha256(pdf),
        contenu: pdf,
        taille: pdf.length,
        createdAt: this.clock.now(),
      })
      .orIgnore()
      .execute();
    await this.dataSource.getRepository(Convention).update(conventionId, { pdfVersion: c.version });
    return { etat, cree: (inserted.identifiers ?? []).some(Boolean) };
  }

  /** The current state's PDF, `a_jour: false` with the latest one while the worker renders. */
  async courant(c: Convention): Promise<{ pdf: ConventionPdf; aJour: boolean } | null> {
    const n = await this.dataSource
      .getRepository(Signature)
      .countBy({ conventionId: c.id, retireeAt: IsNull() });
    const repo = this.dataSource.getRepository(ConventionPdf);
    const pdf = await repo.findOneBy({ conventionId: c.id, etat: etatPdf(c, n) });
    if (pdf) return { pdf, aJour: true };
    const dernier = await repo.findOne({
      where: { conventionId: c.id },
      order: { version: 'DESC', createdAt: 'DESC' },
    });
    return dernier ? { pdf: dernier, aJour: false } : null;
  }
}

/** What a PDF shows: a change of version, signatures, status or assessment makes a new one. */
export const etatPdf = (c: Convention, signatures: number) =>
  `${c.version}.${signatures}.${c.statut}${c.bilan ? '.bilan' : ''}`;

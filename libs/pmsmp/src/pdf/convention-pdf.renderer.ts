import PDFDocument from 'pdfkit';
import { ConventionContenu } from '../domain/convention-contenu';
import { Bilan } from '../entities/convention.entity';
import { sectionsConvention } from '../domain/convention-sections';
import {
  SIGNATAIRE_LIBELLE,
  Signataire,
  STATUT_LIBELLE,
  ConventionStatut,
} from '../domain/pmsmp-codes';

export interface PdfSignature {
  signataire: Signataire;
  nom: string;
  signedAt: Date;
  ip: string;
  userAgent: string;
  version: number;
  contenuSha256: string;
}

export interface PdfConvention {
  id: string;
  version: number;
  statut: ConventionStatut;
  contenu: ConventionContenu;
  contenuSha256: string;
  avertissements: string[];
  signatures: PdfSignature[];
  /** The tutor's assessment, once recorded. */
  bilan?: Bilan | null;
  /** The PDF's own date (its last change): the same state always gives the same bytes. */
  at: Date;
}

const BLEU = '#1f5c7a';
const GRIS = '#555555';
const PARIS = (d: Date) =>
  d.toLocaleString('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'medium' });

/**
 * The agreement as a PDF laid out after Cerfa 13912*04's sections, A4, in French, with the
 * signatures' audit block; standard PDF fonts (WinAnsi covers French), text extractable.
 */
export function renderConventionPdf(p: PdfConvention): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 50, bottom: 60, left: 50, right: 50 },
    bufferPages: true,
    lang: 'fr-FR',
    info: {
      Title: `Convention PMSMP ${p.contenu.beneficiaire.prenom} ${p.contenu.beneficiaire.nom}`,
      Subject:
        'Convention relative à la mise en œuvre d’une période de mise en situation en milieu professionnel (Cerfa 13912*04)',
      Author: p.contenu.prescripteur.structure,
      CreationDate: p.at,
      ModDate: p.at,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 100;

  doc
    .font('Helvetica-Bold')
    .fontSize(15)
    .fillColor(BLEU)
    .text('Convention de période de mise en situation en milieu professionnel (PMSMP)', { width });
  doc
    .moveDown(0.2)
    .font('Helvetica')
    .fontSize(9)
    .fillColor(GRIS)
    .text(
      `Cerfa 13912*04 · Convention ${p.id} · version ${p.version} · ${STATUT_LIBELLE[p.statut]}`,
    );
  doc.moveDown(0.8);

  for (const s of sectionsConvention(p.contenu)) {
    if (doc.y > doc.page.height - 120) doc.addPage();
    doc.font('Helvetica-Bold').fontSize(11).fillColor(BLEU).text(s.titre, { width });
    doc.moveDown(0.2);
    for (const [k, v] of s.lignes) {
      doc
        .font('Helvetica-Bold')
        .fontSize(9)
        .fillColor('black')
        .text(`${k} : `, { continued: true, width });
      doc.font('Helvetica').text(v || '—', { width });
    }
    doc.moveDown(0.6);
  }
  if (p.avertissements.length) {
    doc.font('Helvetica-Bold').fontSize(11).fillColor(BLEU).text('Exceptions signalées');
    doc.font('Helvetica').fontSize(9).fillColor('black');
    for (const a of p.avertissements) doc.text(`• ${a}`, { width });
    doc.moveDown(0.6);
  }

  if (doc.y > doc.page.height - 200) doc.addPage();
  doc.font('Helvetica-Bold').fontSize(11).fillColor(BLEU).text('8. Signatures (journal de preuve)');
  doc
    .font('Helvetica')
    .fontSize(8)
    .fillColor(GRIS)
    .text(`Empreinte SHA-256 de la version ${p.version} : ${p.contenuSha256}`, { width });
  doc.moveDown(0.3).fontSize(9).fillColor('black');
  if (p.signatures.length === 0) doc.text('Aucune signature pour cette version.');
  for (const s of p.signatures) {
    doc.font('Helvetica-Bold').text(`${SIGNATAIRE_LIBELLE[s.signataire]} : ${s.nom}`, { width });
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(GRIS)
      .text(
        `Signé le ${PARIS(s.signedAt)} (heure de Paris) · version ${s.version} · SHA-256 ${s.contenuSha256} · IP ${s.ip} · ${s.userAgent.slice(0, 160)}`,
        { width },
      );
    doc.fontSize(9).fillColor('black').moveDown(0.3);
  }

  if (p.bilan) {
    const b = p.bilan;
    const realisation = {
      realise: 'réalisé',
      partiel: 'partiellement réalisé',
      non_realise: 'non réalisé',
    };
    doc
      .moveDown(0.6)
      .font('Helvetica-Bold')
      .fontSize(11)
      .fillColor(BLEU)
      .text('9. Bilan de l’immersion');
    doc.font('Helvetica').fontSize(9).fillColor('black');
    doc.text(`Objectif ${realisation[b.realisation]} · ${b.heuresAbsence} h d’absence`, { width });
    doc.text(`Compétences observées : ${b.competencesObservees}`, { width });
    doc.text(
      b.embauche
        ? `Débouche sur une embauche (${b.typeContrat ?? 'contrat non précisé'})`
        : 'Pas d’embauche à l’issue',
      { width },
    );
    if (b.commentaire) doc.text(`Commentaire : ${b.commentaire}`, { width });
  }

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(GRIS)
      .text(
        `Convention PMSMP · version ${p.version} · page ${i + 1} / ${range.count}`,
        50,
        doc.page.height - 40,
        { width, align: 'center', lineBreak: false },
      );
  }
  doc.end();
  return done;
}

import { ApiProperty } from '@nestjs/swagger';
import { ConventionContenu } from '../domain/convention-contenu';
import { ConventionStatut, Signataire } from '../domain/pmsmp-codes';
import { Convention } from '../entities/convention.entity';
import { Signature } from '../entities/signature.entity';
import { heures, totaux } from '../rules/horaires-totaux';
import { SignataireAttendu } from '../signatures/signataires';
import {
  AvertissementView,
  BilanView,
  ContenuView,
  PdfView,
  SignatureView,
  TotauxView,
} from './convention-view.parts';

/** An agreement as the staff reads it: content, derived totals, signatures, PDF, log. */
export class ConventionView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ConventionStatut }) statut: ConventionStatut;
  @ApiProperty() version: number;
  @ApiProperty() contenuSha256: string;
  @ApiProperty({ type: ContenuView }) contenu: ConventionContenu;
  @ApiProperty({ type: TotauxView }) totaux: {
    heuresTotal: number;
    joursPresence: number;
    heuresParSemaine: Record<string, number>;
  };
  @ApiProperty({ type: [AvertissementView] }) avertissements: { field: string; message: string }[];
  @ApiProperty({ type: [SignatureView] }) signatures: {
    signataire: string;
    nom: string;
    signedAt: Date;
    version: number;
    contenuSha256: string;
    ip: string;
    userAgent: string;
  }[];
  @ApiProperty({ enum: Signataire, isArray: true }) signaturesAttendues: string[];
  @ApiProperty({ type: String, nullable: true }) renouvellementDeId: string | null;
  @ApiProperty({ type: String, nullable: true }) motifRefus: string | null;
  @ApiProperty({ type: Date, nullable: true }) valideeConseillerAt: Date | null;
  @ApiProperty({ type: BilanView, nullable: true }) bilan: Convention['bilan'];
  @ApiProperty({ type: PdfView, nullable: true }) pdf: {
    version: number;
    sha256: string;
    taille: number;
    aJour: boolean;
  } | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;

  static of(
    c: Convention,
    signatures: Signature[],
    manquants: SignataireAttendu[],
    pdf: ConventionView['pdf'],
  ): ConventionView {
    const t = totaux(c.contenu.horaires);
    return {
      id: c.id,
      statut: c.statut,
      version: c.version,
      contenuSha256: c.contenuSha256,
      contenu: c.contenu,
      totaux: {
        heuresTotal: heures(t.minutesTotal),
        joursPresence: t.joursPresence,
        heuresParSemaine: Object.fromEntries(
          Object.entries(t.parSemaine).map(([k, v]) => [k, heures(v)]),
        ),
      },
      avertissements: c.avertissements.map(({ field, message }) => ({ field, message })),
      signatures: signatures.map((s) => ({
        signataire: s.signataire,
        nom: s.nom,
        signedAt: s.signedAt,
        version: s.version,
        contenuSha256: s.contenuSha256,
        ip: s.ip,
        userAgent: s.userAgent,
      })),
      signaturesAttendues: manquants.map((m) => m.signataire),
      renouvellementDeId: c.renouvellementDeId,
      motifRefus: c.motifRefus,
      valideeConseillerAt: c.valideeConseillerAt,
      bilan: c.bilan,
      pdf,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
    };
  }
}

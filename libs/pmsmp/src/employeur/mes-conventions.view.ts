import { ApiProperty } from '@nestjs/swagger';
import { ConventionStatut } from '../domain/pmsmp-codes';

/** One agreement as its host sees it in the portal's list. */
export class MaConventionView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ConventionStatut }) statut: ConventionStatut;
  @ApiProperty({ example: 'à signer' }) statutLibelle: string;
  @ApiProperty({ description: 'Prénom et initiale du nom', example: 'Lina I.' })
  beneficiaire: string;
  @ApiProperty() entreprise: string;
  @ApiProperty() metier: string;
  @ApiProperty({ format: 'date' }) dateDebut: string;
  @ApiProperty({ format: 'date' }) dateFin: string;
  @ApiProperty({ type: [String], description: 'Qui doit encore signer (qualités)' })
  signaturesAttendues: string[];
  @ApiProperty({ description: 'La signature de l’entreprise est attendue' }) aSigner: boolean;
}

class SectionView {
  @ApiProperty() titre: string;
  @ApiProperty({ type: 'array', items: { type: 'array', items: { type: 'string' } } })
  lignes: [string, string][];
}

class PdfResumeView {
  @ApiProperty() version: number;
  @ApiProperty() aJour: boolean;
}

/** The agreement read-only: the Cerfa's sections, as on the signing page and in the PDF. */
export class MaConventionDetailView extends MaConventionView {
  @ApiProperty() version: number;
  @ApiProperty() contenuSha256: string;
  @ApiProperty({ type: [SectionView] }) sections: SectionView[];
  @ApiProperty({ type: [String] }) avertissements: string[];
  @ApiProperty({ type: PdfResumeView, nullable: true }) pdf: PdfResumeView | null;
}

export class LienSignatureView {
  @ApiProperty({ description: 'Le lien personnel de signature du représentant de l’entreprise' })
  url: string;
}

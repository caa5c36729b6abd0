import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Objectif, Signataire } from '../domain/pmsmp-codes';

/*
 * The OpenAPI shape of ConventionView's nested parts, so the portal's client is typed from the
 * document. `contenu` declares the fields the screens read; the response carries the whole Cerfa.
 */

export class PersonneView {
  @ApiProperty() prenom: string;
  @ApiProperty() nom: string;
  @ApiProperty() email: string;
  @ApiPropertyOptional() telephone?: string;
}

export class BeneficiaireView extends PersonneView {
  @ApiProperty({ format: 'date' }) dateNaissance: string;
}

export class AccueilView {
  @ApiProperty() raisonSociale: string;
  @ApiProperty() siret: string;
  @ApiProperty() commune: string;
}

export class MetierView {
  @ApiProperty() codeRome: string;
  @ApiProperty() appellation: string;
}

export class ContenuView {
  @ApiProperty({ type: BeneficiaireView }) beneficiaire: BeneficiaireView;
  @ApiProperty({ type: AccueilView }) accueil: AccueilView;
  @ApiProperty({ type: PersonneView }) tuteur: PersonneView;
  @ApiProperty({ enum: Objectif }) objectif: Objectif;
  @ApiProperty({ type: MetierView }) metier: MetierView;
  @ApiProperty({ format: 'date' }) dateDebut: string;
  @ApiProperty({ format: 'date' }) dateFin: string;
}

export class TotauxView {
  @ApiProperty() heuresTotal: number;
  @ApiProperty() joursPresence: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } })
  heuresParSemaine: Record<string, number>;
}

export class AvertissementView {
  @ApiProperty() field: string;
  @ApiProperty() message: string;
}

export class SignatureView {
  @ApiProperty({ enum: Signataire }) signataire: string;
  @ApiProperty() nom: string;
  @ApiProperty() signedAt: Date;
  @ApiProperty() version: number;
  @ApiProperty() contenuSha256: string;
  @ApiProperty() ip: string;
  @ApiProperty() userAgent: string;
}

export class PdfView {
  @ApiProperty() version: number;
  @ApiProperty() sha256: string;
  @ApiProperty() taille: number;
  @ApiProperty() aJour: boolean;
}

export class BilanView {
  @ApiProperty({ enum: ['realise', 'partiel', 'non_realise'] })
  realisation: 'realise' | 'partiel' | 'non_realise';
  @ApiProperty() heuresAbsence: number;
  @ApiProperty() competencesObservees: string;
  @ApiProperty() embauche: boolean;
  @ApiProperty({ type: String, nullable: true }) typeContrat: string | null;
  @ApiProperty({ type: String, nullable: true }) commentaire: string | null;
}

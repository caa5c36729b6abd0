import { ApiProperty } from '@nestjs/swagger';
import { ConventionStatut, Objectif } from '../domain/pmsmp-codes';

/** One agreement in the staff's list: who, where, when, and how far the signatures got. */
export class ConventionLigneView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ConventionStatut }) statut: ConventionStatut;
  @ApiProperty() version: number;
  @ApiProperty({ enum: Objectif }) objectif: Objectif;
  @ApiProperty({ description: 'Prénom et nom du jeune' }) beneficiaire: string;
  @ApiProperty({ description: 'Raison sociale de la structure d’accueil' }) accueil: string;
  @ApiProperty({ format: 'date' }) dateDebut: string;
  @ApiProperty({ format: 'date' }) dateFin: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) renouvellementDeId: string | null;
  @ApiProperty({ description: 'Signatures recueillies sur la version courante' }) signees: number;
  @ApiProperty({ description: 'Signatures attendues en tout' }) signaturesAttendues: number;
}

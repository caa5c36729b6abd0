import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/**
 * The import's status resource as the OpenAPI document describes it (the portal's client is typed
 * from it): the shapes of ImportStatus and ImportReport (jeunes-import-jobs.service.ts,
 * jeunes-import.service.ts), which the API answers as they are.
 */
export class ImportLigneView {
  @ApiProperty({ description: 'Numéro de ligne dans le fichier (1 = en-tête)' }) ligne: number;
  @ApiProperty({ type: String, nullable: true }) idExterne: string | null;
  @ApiProperty({ enum: ['cree', 'modifie', 'inchange', 'rejete'] })
  statut: 'cree' | 'modifie' | 'inchange' | 'rejete';
  @ApiPropertyOptional({ format: 'uuid' }) jeuneId?: string;
  @ApiPropertyOptional({ type: [String], description: 'Champs modifiés (noms)' })
  champs?: string[];
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Colonne en cause' })
  colonne?: string | null;
  @ApiPropertyOptional({ description: 'Motif du rejet' }) motif?: string;
}

export class ImportRapportView {
  @ApiProperty({ enum: ['utf-8', 'windows-1252'] }) encodage: 'utf-8' | 'windows-1252';
  @ApiProperty({ enum: [';', ','] }) separateur: ';' | ',';
  @ApiProperty({ type: [String] }) colonnes: string[];
  @ApiProperty({ type: [String] }) colonnesIgnorees: string[];
  @ApiProperty() total: number;
  @ApiProperty() crees: number;
  @ApiProperty() modifies: number;
  @ApiProperty() inchanges: number;
  @ApiProperty() rejetes: number;
  @ApiProperty() dureeMs: number;
  @ApiProperty({ type: [ImportLigneView] }) lignes: ImportLigneView[];
}

export class ImportStatusView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['en_attente', 'en_cours', 'termine', 'echec'] })
  statut: 'en_attente' | 'en_cours' | 'termine' | 'echec';
  @ApiProperty({ description: 'Taille du fichier reçu' }) octets: number;
  @ApiProperty({ description: 'Lignes de données lues jusqu’ici (progression)' })
  lignesLues: number;
  @ApiProperty({ type: String, nullable: true }) erreur: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) creeLe: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) debuteLe: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) termineLe: Date | null;
  @ApiPropertyOptional({ type: ImportRapportView, description: 'Une fois terminé' })
  rapport?: ImportRapportView;
}

import { IsDecimal } from '@app/core';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { OffreStatut } from './offre-statut';
import { DIPLOME_CODES, NATURE_CONTRAT_CODES, TYPE_CONTRAT_CODES } from './offre-codes';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateOffreDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  entrepriseId: string;

  @ApiProperty({ example: 'Serveur / serveuse en brasserie' })
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  titre: string;

  @ApiProperty({ example: 'G1803', description: 'Code de la fiche ROME' })
  @Matches(/^[A-N]\d{4}$/, {
    message: 'Le code ROME doit être une lettre (A à N) suivie de 4 chiffres, ex. G1803',
  })
  codeRome: string;

  @ApiPropertyOptional({ example: '38252', description: "Code OGR de l'appellation ROME" })
  @IsOptional()
  @Matches(/^\d{1,10}$/, { message: "Le code d'appellation doit être un code OGR (chiffres)" })
  codeAppellation?: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(10)
  @MaxLength(5000)
  description: string;

  @ApiProperty({ enum: TYPE_CONTRAT_CODES, example: 'CDD' })
  @IsIn(TYPE_CONTRAT_CODES)
  typeContrat: string;

  @ApiPropertyOptional({ enum: NATURE_CONTRAT_CODES, default: 'E1' })
  @IsOptional()
  @IsIn(NATURE_CONTRAT_CODES)
  natureContrat?: string;

  @ApiPropertyOptional({ description: 'Obligatoire pour CDD, MIS et SAI', example: 6 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(36)
  dureeValeur?: number;

  @ApiPropertyOptional({ enum: ['mois', 'semaines'] })
  @IsOptional()
  @IsIn(['mois', 'semaines'])
  dureeUnite?: 'mois' | 'semaines';

  @ApiProperty({ example: 35, maximum: 48 })
  @IsDecimal(1)
  @Min(1)
  @Max(48, { message: 'La durée hebdomadaire ne peut pas dépasser 48 heures (maximum légal)' })
  heuresHebdo: number;

  @ApiPropertyOptional({ description: 'Par défaut : moins de 35 h' })
  @IsOptional()
  @IsBoolean()
  tempsPartiel?: boolean;

  @ApiPropertyOptional({ example: 'Du mardi au samedi, 11 h – 15 h et 18 h – 22 h' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  horaires?: string;

  @ApiPropertyOptional({ description: 'Travail entre 22 h et 6 h (interdit aux mineurs)' })
  @IsOptional()
  @IsBoolean()
  travailNuit?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  travailWeekend?: boolean;

  @ApiPropertyOptional({ example: 11.88 })
  @IsOptional()
  @IsDecimal(2)
  @Min(0)
  salaireMontant?: number;

  @ApiPropertyOptional({ enum: ['horaire', 'mensuel'] })
  @IsOptional()
  @IsIn(['horaire', 'mensuel'])
  salaireUnite?: 'horaire' | 'mensuel';

  @ApiProperty({ example: '2026-12-15', description: 'Pas dans le passé' })
  @IsISO8601(
    { strict: true },
    { message: 'La date de début doit être une date au format AAAA-MM-JJ' },
  )
  @Matches(/^\d{4}-\d{2}-\d{2}$/, {
    message: 'La date de début doit être une date au format AAAA-MM-JJ',
  })
  dateDebut: string;

  @ApiPropertyOptional({
    example: '59350',
    description: "Code INSEE du lieu ; par défaut celui de l'entreprise",
  })
  @IsOptional()
  @Matches(/^(\d{5}|2[AB]\d{3})$/, {
    message: 'Le code INSEE de la commune doit comporter 5 caractères',
  })
  communeInsee?: string;

  @ApiPropertyOptional({ default: 1, minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  nombrePostes?: number;

  @ApiPropertyOptional({ description: 'Permis B exigé' })
  @IsOptional()
  @IsBoolean()
  permisB?: boolean;

  @ApiPropertyOptional({ enum: DIPLOME_CODES })
  @IsOptional()
  @IsIn(DIPLOME_CODES)
  niveauDiplome?: string;

  @ApiPropertyOptional({
    enum: ['D', 'S', 'E'],
    default: 'D',
    description: 'Débutant accepté, souhaitée, exigée',
  })
  @IsOptional()
  @IsIn(['D', 'S', 'E'])
  experience?: 'D' | 'S' | 'E';

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  ouverteMineurs?: boolean;

  @ApiPropertyOptional({
    default: 30,
    description: 'Distance maximale domicile – travail des candidats (km)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(200)
  distanceMaxKm?: number;

  @ApiPropertyOptional({
    default: 2,
    description: 'Nombre de candidats proposés (2 : on ne met pas les jeunes en concurrence)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  candidatsSouhaites?: number;

  @ApiPropertyOptional({
    enum: [OffreStatut.BROUILLON, OffreStatut.A_VALIDER, OffreStatut.PUBLIEE],
  })
  @IsOptional()
  @IsIn([OffreStatut.BROUILLON, OffreStatut.A_VALIDER, OffreStatut.PUBLIEE])
  etat?: OffreStatut;

  @ApiPropertyOptional({ description: 'Confirme la création malgré une offre semblable récente' })
  @IsOptional()
  @IsBoolean()
  confirmerDoublon?: boolean;
}

export class UpdateOffreDto extends PartialType(
  OmitType(CreateOffreDto, ['entrepriseId', 'etat', 'confirmerDoublon'] as const),
) {}

export class TransitionDto {
  @ApiPropertyOptional({
    description: 'Motif (obligatoire pour clôturer ou renvoyer en brouillon)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  motif?: string;

  @ApiPropertyOptional({
    description:
      'Pour clôturer : pourvue_ailleurs, annulee_employeur, besoin_disparu, entreprise_injoignable, autre',
  })
  @IsOptional()
  @IsString()
  motifCloture?: string;
}

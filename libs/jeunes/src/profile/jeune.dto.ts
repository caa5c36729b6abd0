import { NIVEAU_DIPLOME_CODES } from '@app/referentiels';
import { IsTelephone } from '@app/core';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  IsIn,
} from 'class-validator';
import { FICHES_ROME_MAX, Programme } from '../domain/jeune-codes';
import { ExperienceDto, IndisponibiliteDto } from './jeune-parts.dto';
import {
  DATE_PATTERN,
  emailTransform,
  INSEE_PATTERN,
  ROME_PATTERN,
  trim,
  trimToNull,
  upperCodes,
} from './transforms';

const DATE_MESSAGE = 'doit être une date au format AAAA-MM-JJ';
const IsDay = () => (target: object, key: string) => {
  IsISO8601({ strict: true }, { message: DATE_MESSAGE })(target, key);
  Matches(DATE_PATTERN, { message: DATE_MESSAGE })(target, key);
};

/** A jeune as the conseiller registers it; the import builds the same object from a CSV row. */
export class CreateJeuneDto {
  @ApiPropertyOptional({
    nullable: true,
    example: 'IMILO-0042',
    description: 'Identifiant dans le SI de la ML',
  })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(64)
  idExterne?: string | null;

  @ApiProperty({ example: 'Benali' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  nom: string;

  @ApiProperty({ example: 'Lina' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  prenom: string;

  @ApiProperty({ example: '2006-04-17', description: '16 à 25 ans à l’inscription' })
  @IsDay()
  dateNaissance: string;

  @ApiPropertyOptional({ example: 'lina.benali@example.fr', nullable: true })
  @Transform(emailTransform)
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    example: '06 12 34 56 78',
    description: 'Enregistré au format E.164',
  })
  @IsOptional()
  @IsTelephone()
  telephone?: string | null;

  @ApiPropertyOptional({ example: '3 rue des Tilleuls', nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  adresse?: string | null;

  @ApiPropertyOptional({ example: '59000', nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @Matches(/^\d{5}$/, { message: 'Le code postal doit comporter 5 chiffres' })
  codePostal?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    example: '59350',
    description: 'Code INSEE de la commune',
  })
  @Transform(trimToNull)
  @IsOptional()
  @Matches(INSEE_PATTERN, { message: 'Le code INSEE de la commune doit comporter 5 caractères' })
  communeInsee?: string | null;

  @ApiProperty({ example: ['G1603', 'D1507'], description: '1 à 5 fiches ROME, par préférence' })
  @Transform(upperCodes)
  @IsArray()
  @ArrayMinSize(1, { message: 'Indiquez au moins une fiche ROME recherchée' })
  @ArrayMaxSize(FICHES_ROME_MAX, { message: 'Au plus 5 fiches ROME recherchées' })
  @Matches(ROME_PATTERN, {
    each: true,
    message: 'Chaque code ROME doit être une lettre (A à N) suivie de 4 chiffres, ex. G1603',
  })
  fichesRome: string[];

  @ApiPropertyOptional({ type: [ExperienceDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ExperienceDto)
  experiences?: ExperienceDto[];

  @ApiPropertyOptional({ enum: NIVEAU_DIPLOME_CODES, nullable: true })
  @IsOptional()
  @IsIn(NIVEAU_DIPLOME_CODES)
  niveauDiplome?: string | null;

  @ApiPropertyOptional({ default: 10, description: 'Distance acceptée domicile – travail (km)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(200)
  rayonMobiliteKm?: number;

  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() permisB?: boolean;
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() vehicule?: boolean;
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() transportsCommun?: boolean;

  @ApiPropertyOptional({
    example: '2026-12-07',
    nullable: true,
    description: 'Disponible à partir du',
  })
  @IsOptional()
  @IsDay()
  disponibleLe?: string | null;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  tempsPartielUniquement?: boolean;

  @ApiPropertyOptional({ type: [IndisponibiliteDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => IndisponibiliteDto)
  indisponibilites?: IndisponibiliteDto[];

  @ApiPropertyOptional({ enum: Programme, default: Programme.AUCUN })
  @IsOptional()
  @IsEnum(Programme)
  programme?: Programme;

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsDay() programmeDebut?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsDay() programmeFin?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    format: 'uuid',
    description: 'Conseiller référent ; par défaut, vous',
  })
  @IsOptional()
  @IsUUID()
  conseillerId?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    description: 'Notes du conseiller (jamais montrées aux employeurs)',
  })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  notes?: string | null;

  @ApiPropertyOptional({ description: 'Consentement aux e-mails recueilli à l’inscription' })
  @IsOptional()
  @IsBoolean()
  consentEmail?: boolean;

  @ApiPropertyOptional({ description: 'Consentement aux SMS recueilli à l’inscription' })
  @IsOptional()
  @IsBoolean()
  consentSms?: boolean;
}

/** Consents and status have their own routes (with their history); the rest is patched. */
export class UpdateJeuneDto extends PartialType(
  OmitType(CreateJeuneDto, ['consentEmail', 'consentSms'] as const),
) {}

import { IsDecimal } from '@app/core';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ContactDto } from '../contacts/contact.dto';
import { IsSiret } from '../validation/is-siret.decorator';
import { trim, trimToNull } from '../validation/trim';
import { TrancheEffectif } from './tranche-effectif';

export const CODE_NAF = /^\d{2}\.\d{2}[A-Z]$/;
export const CODE_POSTAL = /^\d{5}$/;
export const COMMUNE_INSEE = /^(\d{5}|2[AB]\d{3})$/;

const upperToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? trimToNull({ value: value.toUpperCase() }) : value;

/** What an employer may state about its entreprise (portal sign-up, employer edits). */
export class EntrepriseFieldsDto {
  @ApiProperty({ example: '732 829 320 00074', description: '14 chiffres, espaces tolérés' })
  @IsSiret()
  siret: string;

  @ApiProperty({ example: 'Boulangerie Durand SARL' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  raisonSociale: string;

  @ApiPropertyOptional({ example: 'Au bon pain', nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  enseigne?: string | null;

  @ApiPropertyOptional({ example: '10.71C', description: 'Code NAF rév. 2', nullable: true })
  @Transform(upperToNull)
  @IsOptional()
  @Matches(CODE_NAF, { message: 'Le code NAF doit avoir la forme 10.71C' })
  codeNaf?: string | null;

  @ApiPropertyOptional({ example: '12 rue de la Gare', nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(300)
  adresse?: string | null;

  @ApiPropertyOptional({ example: '59000', nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @Matches(CODE_POSTAL, { message: 'Le code postal doit comporter 5 chiffres' })
  codePostal?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    example: '59350',
    description: 'Code INSEE de la commune',
  })
  @Transform(upperToNull)
  @IsOptional()
  @Matches(COMMUNE_INSEE, {
    message: 'Le code INSEE de la commune doit comporter 5 caractères (2A ou 2B pour la Corse)',
  })
  communeInsee?: string | null;

  @ApiPropertyOptional({ example: 50.6292, nullable: true })
  @IsOptional()
  @IsDecimal(6)
  @Min(-90)
  @Max(90)
  lat?: number | null;

  @ApiPropertyOptional({ example: 3.0573, nullable: true })
  @IsOptional()
  @IsDecimal(6)
  @Min(-180)
  @Max(180)
  lon?: number | null;

  @ApiPropertyOptional({ enum: TrancheEffectif, nullable: true })
  @IsOptional()
  @IsEnum(TrancheEffectif)
  trancheEffectif?: TrancheEffectif | null;
}

export class CreateEntrepriseDto extends EntrepriseFieldsDto {
  @ApiPropertyOptional({
    nullable: true,
    description: 'Notes du CRE : jamais montrées aux employeurs',
  })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  notes?: string | null;

  @ApiPropertyOptional({ type: [ContactDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ContactDto)
  contacts?: ContactDto[];
}

/** Every field optional; `contacts`, when given, is the whole new list. */
export class UpdateEntrepriseDto extends PartialType(CreateEntrepriseDto) {}

import { PaginationQueryDto } from '@app/core';
import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { JeuneStatut, Programme, TRANCHES_AGE, TrancheAge } from '../domain/jeune-codes';
import { INSEE_PATTERN } from '../profile/transforms';

export const JEUNE_TRIS = ['nom', 'recent', 'disponibilite'] as const;

/** Filters of the lists and of the dashboard counts. */
export class JeuneFiltersDto {
  @ApiPropertyOptional({ enum: JeuneStatut })
  @IsOptional()
  @IsEnum(JeuneStatut)
  statut?: JeuneStatut;

  @ApiPropertyOptional({ description: 'Un conseiller (uuid), ou « moi »' })
  @IsOptional()
  @Matches(/^(moi|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, {
    message: 'Le conseiller doit être un identifiant (UUID) ou « moi »',
  })
  conseillerId?: string;

  @ApiPropertyOptional({ enum: Programme })
  @IsOptional()
  @IsEnum(Programme)
  programme?: Programme;

  @ApiPropertyOptional({ description: 'Une fiche (G1603) ou un grand domaine (G)' })
  @IsOptional()
  @Matches(/^[A-N](\d{4})?$/, {
    message: 'Le filtre ROME doit être une fiche (ex. G1603) ou un grand domaine (A à N)',
  })
  rome?: string;

  @ApiPropertyOptional({ description: 'Commune (code INSEE) du centre de recherche' })
  @IsOptional()
  @Matches(INSEE_PATTERN, { message: 'Le code INSEE de la commune doit comporter 5 caractères' })
  communeInsee?: string;

  @ApiPropertyOptional({ description: 'Rayon autour de la commune (km)', default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(200)
  rayonKm?: number;

  @ApiPropertyOptional({ enum: TRANCHES_AGE })
  @IsOptional()
  @IsIn(TRANCHES_AGE)
  trancheAge?: TrancheAge;

  @ApiPropertyOptional({ description: 'Disponibles à cette date (AAAA-MM-JJ)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'doit être une date au format AAAA-MM-JJ' })
  disponibleLe?: string;

  @ApiPropertyOptional({ description: 'Uniquement ceux qui acceptent un temps plein' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  tempsPlein?: boolean;

  @ApiPropertyOptional({ description: 'Nom, prénom ou identifiant externe' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class JeuneQueryDto extends IntersectionType(JeuneFiltersDto, PaginationQueryDto) {
  @ApiPropertyOptional({ enum: JEUNE_TRIS, default: 'nom' })
  @IsOptional()
  @IsIn(JEUNE_TRIS)
  tri?: (typeof JEUNE_TRIS)[number];
}

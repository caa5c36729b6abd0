import { PaginationQueryDto } from '@app/core';
import { ProximiteQueryDto } from '@app/referentiels';
import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { JeuneStatut, Programme, TRANCHES_AGE, TrancheAge } from '../domain/jeune-codes';

export const JEUNE_TRIS = ['nom', 'recent', 'disponibilite'] as const;

/** Filters of the lists and of the dashboard counts. */
export class JeuneFiltersDto extends ProximiteQueryDto {
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

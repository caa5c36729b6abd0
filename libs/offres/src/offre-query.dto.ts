import { PaginationQueryDto } from '@app/core';
import { ProximiteQueryDto } from '@app/referentiels';
import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { TYPE_CONTRAT_CODES } from './offre-codes';
import { OffreStatut } from './offre-statut';

export const OFFRE_TRIS = ['recent', 'ancien', 'date_debut', 'titre'] as const;

/** The list's filters and sort (the export takes the same). */
export class OffreFiltresDto extends ProximiteQueryDto {
  @ApiPropertyOptional({ enum: OffreStatut })
  @IsOptional()
  @IsIn(Object.values(OffreStatut))
  statut?: OffreStatut;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  entrepriseId?: string;

  @ApiPropertyOptional({ description: 'Une fiche (G1803) ou un grand domaine (G)' })
  @IsOptional()
  @Matches(/^[A-N](\d{4})?$/, {
    message: 'Le filtre ROME doit être une fiche (ex. G1803) ou un grand domaine (A à N)',
  })
  rome?: string;

  @ApiPropertyOptional({ enum: TYPE_CONTRAT_CODES })
  @IsOptional()
  @IsIn(TYPE_CONTRAT_CODES)
  typeContrat?: string;

  @ApiPropertyOptional({ description: 'Créées à partir de (AAAA-MM-JJ)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  du?: string;

  @ApiPropertyOptional({ description: "Créées jusqu'au (AAAA-MM-JJ, inclus)" })
  @IsOptional()
  @IsISO8601({ strict: true })
  au?: string;

  @ApiPropertyOptional({ enum: OFFRE_TRIS, default: 'recent' })
  @IsOptional()
  @IsIn(OFFRE_TRIS)
  tri?: (typeof OFFRE_TRIS)[number];
}

export class OffreQueryDto extends IntersectionType(PaginationQueryDto, OffreFiltresDto) {}

export const OFFRE_EXPORT_FORMATS = ['csv', 'xlsx'] as const;

export class OffreExportQueryDto extends OffreFiltresDto {
  @ApiPropertyOptional({ enum: OFFRE_EXPORT_FORMATS, default: 'csv' })
  @IsOptional()
  @IsIn(OFFRE_EXPORT_FORMATS, { message: 'Le format d’export doit être csv ou xlsx.' })
  format?: (typeof OFFRE_EXPORT_FORMATS)[number];
}

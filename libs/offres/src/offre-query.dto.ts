import { PaginationQueryDto } from '@app/core';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { TYPE_CONTRAT_CODES } from './offre-codes';
import { OffreStatut } from './offre-statut';

export const OFFRE_TRIS = ['recent', 'ancien', 'date_debut', 'titre'] as const;

export class OffreQueryDto extends PaginationQueryDto {
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

  @ApiPropertyOptional({ description: 'Code INSEE du centre de recherche' })
  @IsOptional()
  @Matches(/^(\d{5}|2[AB]\d{3})$/, {
    message: 'Le code INSEE de la commune doit comporter 5 caractères',
  })
  communeInsee?: string;

  @ApiPropertyOptional({ description: 'Rayon autour de la commune (km)', default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(200)
  rayonKm?: number;

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

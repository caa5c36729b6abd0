import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

/** "Commune + rayon" filter of a list, applied by `nearCommune`. */
export class ProximiteQueryDto {
  @ApiPropertyOptional({ description: 'Commune (code INSEE) du centre de recherche' })
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
}

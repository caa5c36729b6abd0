import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { toInt, trim } from '../http-transforms';

export class SearchRomeQuery {
  @ApiProperty({ description: 'Code, début de code, métier ou appellation', example: 'serveur' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  q: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20 })
  @IsOptional()
  @Transform(toInt)
  @Max(50)
  @Min(1)
  @IsInt()
  limit?: number;
}

export class FicheRomeParams {
  @ApiProperty({ example: 'G1603' })
  @Matches(/^[A-Na-n]\d{4}$/, {
    message: 'doit être un code ROME (une lettre de A à N et 4 chiffres)',
  })
  code: string;
}

export class FicheRomeView {
  @ApiProperty({ example: 'G1603' }) code: string;
  @ApiProperty({ example: 'Personnel polyvalent en restauration' }) libelle: string;
  @ApiProperty({ example: 'G' }) domaine: string;
  @ApiProperty({ example: 'Hôtellerie-restauration, tourisme, loisirs et animation' })
  domaineLibelle: string;
}

export class AppellationView {
  @ApiProperty({ example: '19427' }) codeOgr: string;
  @ApiProperty({ example: 'Serveur / Serveuse de restaurant' }) libelle: string;
}

export class RomeSearchResultView extends FicheRomeView {
  @ApiProperty({ type: [AppellationView], description: 'Les appellations trouvées (3 au plus)' })
  appellations: AppellationView[];
}

export class FicheRomeDetailView extends FicheRomeView {
  @ApiProperty({ type: [AppellationView] }) appellations: AppellationView[];
}

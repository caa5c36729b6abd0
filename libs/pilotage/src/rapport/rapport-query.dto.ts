import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';

export class RapportQueryDto {
  @ApiPropertyOptional({
    description: 'Début de la période (AAAA-MM-JJ, heure de Paris) ; 1er janvier par défaut',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'La date de début doit être au format AAAA-MM-JJ' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'La date de début doit être au format AAAA-MM-JJ' })
  du?: string;

  @ApiPropertyOptional({
    description: 'Fin de la période, incluse (AAAA-MM-JJ) ; 31 décembre par défaut',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'La date de fin doit être au format AAAA-MM-JJ' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'La date de fin doit être au format AAAA-MM-JJ' })
  au?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Offres publiées par ce CRE' })
  @IsOptional()
  @IsUUID('all', { message: 'Le CRE doit être un identifiant (UUID)' })
  cre?: string;

  @ApiPropertyOptional({ description: 'Grand domaine ROME (A à N)' })
  @IsOptional()
  @Matches(/^[A-N]$/, { message: 'Le domaine doit être une lettre de A à N (grand domaine ROME)' })
  domaine?: string;
}

export class ReseauQueryDto extends RapportQueryDto {
  @ApiPropertyOptional({ enum: ['region', 'departement'], default: 'region' })
  @IsOptional()
  @IsIn(['region', 'departement'], { message: 'Regrouper par « region » ou « departement »' })
  par?: 'region' | 'departement';
}

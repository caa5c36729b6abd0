import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { toInt, trim } from '../http-transforms';

export class FindCommunesQueryDto {
  @ApiPropertyOptional({
    description: 'Code postal (5 chiffres) ou son début (2 à 4)',
    example: '59000',
  })
  @IsOptional()
  @Transform(trim)
  @Matches(/^\d{2,5}$/, { message: 'doit contenir de 2 à 5 chiffres' })
  codePostal?: string;

  @ApiPropertyOptional({
    description: 'Nom ou début du nom (accents et majuscules indifférents)',
    example: 'lille',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'Département, pour distinguer les homonymes', example: '59' })
  @IsOptional()
  @Transform(trim)
  @Matches(/^(\d{1,2}|2[ABab]|9[78]\d)$/, {
    message: 'doit être un code de département (01, 2A, 974…)',
  })
  departement?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Transform(toInt)
  @Max(100)
  @Min(1)
  @IsInt()
  limit?: number;
}

export class CommuneParams {
  @ApiProperty({ example: '59350' })
  @Matches(/^\d[\dABab]\d{3}$/, {
    message: 'doit être un code INSEE (5 caractères, 2A/2B en Corse)',
  })
  codeInsee: string;
}

export class CommuneView {
  @ApiProperty({ example: '59350' }) codeInsee: string;
  @ApiProperty({ example: 'Lille' }) nom: string;
  @ApiProperty({ type: [String], example: ['59000', '59160', '59260', '59777', '59800'] })
  codesPostaux: string[];
  @ApiProperty({ example: '59' }) departement: string;
  @ApiProperty({ example: '32', nullable: true, type: String }) region: string | null;
  @ApiProperty({ example: 50.63, nullable: true, type: Number }) lat: number | null;
  @ApiProperty({ example: 3.06, nullable: true, type: Number }) lon: number | null;
  @ApiProperty({ example: 'laposte', nullable: true, type: String }) sourceCoordonnees:
    string | null;
  @ApiPropertyOptional({ example: 236710 }) population?: number;
}

import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsISO8601, Matches, Max, Min } from 'class-validator';
import { ROME_PATTERN } from './transforms';

export class ExperienceDto {
  @ApiProperty({ example: 'G1603' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(ROME_PATTERN, {
    message: 'Le code ROME doit être une lettre (A à N) suivie de 4 chiffres',
  })
  codeRome: string;

  @ApiProperty({ example: 6, description: 'Durée cumulée, en mois' })
  @IsInt()
  @Min(0)
  @Max(600)
  dureeMois: number;
}

/** A period when the jeune cannot start or work (training, move, health: the reason is not kept). */
export class IndisponibiliteDto {
  @ApiProperty({ example: '2027-01-04' })
  @IsISO8601({ strict: true }, { message: 'doit être une date au format AAAA-MM-JJ' })
  du: string;

  @ApiProperty({ example: '2027-01-15' })
  @IsISO8601({ strict: true }, { message: 'doit être une date au format AAAA-MM-JJ' })
  au: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

const num = ({ value }: { value: unknown }) =>
  value === '' || value === undefined ? undefined : Number(value);
const bool = ({ value }: { value: unknown }) =>
  value === 'oui' ? true : value === 'non' ? false : value;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** The tutor's assessment (form behind the link, or the conseiller through the API). */
export class BilanDto {
  @ApiProperty({ enum: ['realise', 'partiel', 'non_realise'] })
  @IsIn(['realise', 'partiel', 'non_realise'], {
    message: 'Objectif : réalisé, partiellement réalisé ou non réalisé.',
  })
  realisation: 'realise' | 'partiel' | 'non_realise';
  @ApiProperty() @Transform(num) @IsInt() @Min(0) @Max(300) heuresAbsence: number;
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(3000)
  competencesObservees: string;
  @ApiProperty() @Transform(bool) @IsBoolean() embauche: boolean;
  @ApiPropertyOptional({ enum: ['CDI', 'CDD', 'MIS', 'SAI', 'DDI', 'TTI', 'DIN', 'APP', 'PRO'] })
  @IsOptional()
  @IsIn(['CDI', 'CDD', 'MIS', 'SAI', 'DDI', 'TTI', 'DIN', 'APP', 'PRO'], {
    message: 'Type de contrat inconnu.',
  })
  typeContrat?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  commentaire?: string;
}

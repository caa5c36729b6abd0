import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { ConventionStatut, Objectif } from '../domain/pmsmp-codes';
import { ContenuSaisiDto } from './convention-contenu.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateConventionDto extends ContenuSaisiDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() jeuneId: string;
  @ApiProperty({
    format: 'uuid',
    description: 'La structure d’accueil (entreprise connue de la ML)',
  })
  @IsUUID()
  entrepriseId: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Initier un recrutement : l’offre' })
  @IsOptional()
  @IsUUID()
  offreId?: string;
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Initier un recrutement : la mise en relation',
  })
  @IsOptional()
  @IsUUID()
  merId?: string;
}

/** An edit: the sections sent replace the agreement's; `version` is the one the editor read. */
export class ModifierConventionDto extends PartialType(ContenuSaisiDto) {
  @ApiProperty({ description: 'Verrou optimiste : la version lue' })
  @IsInt()
  @Min(1)
  version: number;
}

export class MotifDto {
  @ApiProperty() @Transform(trim) @IsString() @MinLength(3) @MaxLength(2000) motif: string;
}

export class RenouvelerDto {
  @ApiProperty({
    description: 'Le renouvellement n’est possible que si l’objectif n’a pas été atteint',
  })
  @IsBoolean()
  objectifAtteint: boolean;
  @ApiProperty() @Transform(trim) @IsString() @MinLength(3) @MaxLength(2000) motif: string;
  @ApiProperty({ example: '2027-01-18' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Date attendue au format AAAA-MM-JJ.' })
  dateDebut: string;
  @ApiProperty({ example: '2027-01-29' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Date attendue au format AAAA-MM-JJ.' })
  dateFin: string;
}

export class ConventionQueryDto {
  @ApiPropertyOptional({ enum: ConventionStatut })
  @IsOptional()
  @IsIn(Object.values(ConventionStatut))
  statut?: ConventionStatut;
  @ApiPropertyOptional({ enum: Objectif })
  @IsOptional()
  @IsIn(Object.values(Objectif))
  objectif?: Objectif;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() jeuneId?: string;
}

export class StatistiquesQueryDto {
  @ApiPropertyOptional({ example: 2027, minimum: 2014, maximum: 2100 })
  @IsOptional()
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(2014) // the PMSMP exist since the law of 5 March 2014
  @Max(2100)
  annee?: number;
}

export class SuiviConseillerDto {
  @ApiProperty({ enum: ['j15', 'm1', 'm3'] }) @IsIn(['j15', 'm1', 'm3']) echeance:
    'j15' | 'm1' | 'm3';
  @ApiProperty({ enum: ['emploi', 'formation', 'recherche', 'autre'] })
  @IsIn(['emploi', 'formation', 'recherche', 'autre'])
  situation: string;
}

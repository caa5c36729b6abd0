import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { MOTIFS_DESISTEMENT, MOTIFS_ECART } from '../lifecycle/mer-motifs';
import { MerStatut } from '../lifecycle/mer-statut';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CommentaireDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) commentaire?: string;
}

export class EcartDto extends CommentaireDto {
  @ApiProperty({ enum: Object.keys(MOTIFS_ECART) })
  @IsIn(Object.keys(MOTIFS_ECART))
  motif: string;
}

export class EcartLigneDto extends EcartDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
}

export class TriDto {
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  retenir?: string[];

  @ApiPropertyOptional({ type: [EcartLigneDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => EcartLigneDto)
  ecarter?: EcartLigneDto[];
}

export class PropositionManuelleDto extends CommentaireDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() offreId: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() jeuneId: string;
}

export class DesistementDto extends CommentaireDto {
  @ApiProperty({ enum: Object.keys(MOTIFS_DESISTEMENT) })
  @IsIn(Object.keys(MOTIFS_DESISTEMENT))
  motif: string;
}

export class ReponseEmployeurDto extends CommentaireDto {
  @ApiProperty({ enum: ['entretien', 'recrutee', 'non_retenue'] })
  @IsIn(['entretien', 'recrutee', 'non_retenue'])
  resultat: 'entretien' | 'recrutee' | 'non_retenue';

  @ApiPropertyOptional({ description: "Date et heure de l'entretien (ISO 8601)" })
  @IsOptional()
  @IsISO8601({ strict: true })
  entretienAt?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(3) typeContrat?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(DATE) dateDebut?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(DATE) dateFin?: string;
  @ApiPropertyOptional() @IsOptional() @IsNumber() @Min(1) @Max(48) heuresHebdo?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) motif?: string;
}

export class MerQueryDto {
  @ApiPropertyOptional({ enum: MerStatut })
  @IsOptional()
  @IsIn(Object.values(MerStatut))
  statut?: MerStatut;
  @ApiPropertyOptional({ enum: ['cre', 'jeune', 'employeur'] })
  @IsOptional()
  @IsIn(['cre', 'jeune', 'employeur'])
  attente?: 'cre' | 'jeune' | 'employeur';
  @ApiPropertyOptional() @IsOptional() @IsUUID() offreId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() entrepriseId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() jeuneId?: string;
}

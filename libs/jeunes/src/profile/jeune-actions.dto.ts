import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { JeuneStatut } from '../domain/jeune-codes';

export class ChangeStatutDto {
  @ApiProperty({ enum: JeuneStatut })
  @IsEnum(JeuneStatut)
  statut: JeuneStatut;

  @ApiPropertyOptional({ example: 'CDD de 6 mois chez Boulangerie Durand' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  motif?: string;
}

export class ConsentementDto {
  @ApiProperty({ description: 'Consentement donné (true) ou retiré (false)' })
  @IsBoolean()
  donne: boolean;
}

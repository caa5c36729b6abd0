import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsObject, IsOptional, IsUUID } from 'class-validator';

export class ReglagesDto {
  @ApiPropertyOptional({
    description:
      'Poids de 0 à 100 par critère (fiche, distance, diplome, experience, disponibilite, programme, attente)',
    example: { programme: 20, attente: 20 },
    type: 'object',
    additionalProperties: { type: 'integer' },
  })
  @IsOptional()
  @IsObject()
  poids?: Record<string, unknown>;

  @ApiPropertyOptional({
    description: 'Structures dont les jeunes reçoivent aussi nos offres',
    type: [String],
  })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(50)
  structuresVoisines?: string[];
}

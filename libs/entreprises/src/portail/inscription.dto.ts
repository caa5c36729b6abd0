import { MotDePasseDto, PersonneDto } from '@app/accounts';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsOptional, ValidateNested } from 'class-validator';
import { RattachementStatut } from '../membres/membre.entity';
import { EntrepriseFieldsDto } from '../entreprises/entreprise.dto';
import { IsTelephone } from '@app/core';

/** The person signing up (top level) and their entreprise (nested). */
export class InscriptionDto extends IntersectionType(PersonneDto, MotDePasseDto) {
  @ApiPropertyOptional({
    nullable: true,
    example: '06 12 34 56 78',
    description: 'Enregistré au format E.164',
  })
  @IsOptional()
  @IsTelephone()
  telephone?: string | null;

  @ApiProperty({ type: EntrepriseFieldsDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => EntrepriseFieldsDto)
  entreprise: EntrepriseFieldsDto;
}

export class InscriptionView {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: RattachementStatut, example: RattachementStatut.EN_ATTENTE })
  statut: RattachementStatut;
  @ApiProperty() message: string;
}

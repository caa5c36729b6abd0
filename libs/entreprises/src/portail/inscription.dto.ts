import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsDefined,
  IsEmail,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { RattachementStatut } from '../membres/membre.entity';
import { EntrepriseFieldsDto } from '../entreprises/entreprise.dto';
import { IsTelephone } from '../validation/telephone';
import { lowercase, trim } from '../validation/trim';

/** ANSSI / CNIL: at least 12 characters when no other factor protects the account. */
export const PASSWORD_MIN_LENGTH = 12;

/** The person signing up (top level) and their entreprise (nested). */
export class InscriptionDto {
  @ApiProperty({ example: 'recrutement@boulangerie-durand.fr' })
  @Transform(lowercase)
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, example: 'un-mot-de-passe-long' })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, {
    message: `Le mot de passe doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères`,
  })
  @MaxLength(200)
  password: string;

  @ApiProperty({ example: 'Camille' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  prenom: string;

  @ApiProperty({ example: 'Durand' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  nom: string;

  @ApiPropertyOptional({ example: '06 12 34 56 78', description: 'Enregistré au format E.164' })
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

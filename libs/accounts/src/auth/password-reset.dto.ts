import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { MotDePasseDto } from '../users/personne.dto';

export class MotDePasseOublieDto {
  @ApiProperty({ example: 'recrutement@boulangerie-durand.fr' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail()
  @MaxLength(254)
  email: string;
}

export class NouveauMotDePasseDto extends MotDePasseDto {
  @ApiProperty({ description: 'Le jeton du lien reçu par e-mail' })
  @IsString()
  @MinLength(10)
  @MaxLength(2000)
  jeton: string;
}

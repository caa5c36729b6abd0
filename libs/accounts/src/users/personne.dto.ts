import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const lowercase = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

/** A person's name and email, as every form that creates or invites an account asks them. */
export class PersonneDto {
  @ApiProperty({ example: 'recrutement@boulangerie-durand.fr' })
  @Transform(lowercase)
  @IsEmail()
  @MaxLength(254)
  email: string;

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
}

/** ANSSI / CNIL: at least 12 characters when no other factor protects the account. */
export const PASSWORD_MIN_LENGTH = 12;

export class MotDePasseDto {
  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, example: 'un-mot-de-passe-long' })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, {
    message: `Le mot de passe doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères`,
  })
  @MaxLength(200)
  password: string;
}

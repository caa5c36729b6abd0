import { Role } from '@app/core';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import { Invitation, InvitationStatus } from './invitation.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateInvitationDto {
  @ApiProperty({ example: 'recrutement@boulangerie-durand.fr' })
  @Transform(trim)
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ enum: Role, example: Role.EMPLOYEUR })
  @IsEnum(Role)
  role: Role;

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

export class AcceptInvitationDto {
  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, example: 'un-mot-de-passe-long' })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, {
    message: `Le mot de passe doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères`,
  })
  @MaxLength(200)
  password: string;
}

export class InvitationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: Role }) role: Role;
  @ApiProperty() prenom: string;
  @ApiProperty() nom: string;
  @ApiProperty({ enum: InvitationStatus }) status: InvitationStatus;
  @ApiProperty({ type: String, format: 'date-time' }) expiresAt: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt: Date | null;
  @ApiProperty({ nullable: true, type: String }) lastError: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;

  static of(i: Invitation): InvitationView {
    const { id, email, role, prenom, nom, status, expiresAt, sentAt, lastError, createdAt } = i;
    return { id, email, role, prenom, nom, status, expiresAt, sentAt, lastError, createdAt };
  }
}

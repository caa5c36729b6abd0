import { Invitation, InvitationStatus } from '@app/accounts';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { lowercase, trim } from '../validation/trim';

/** The person to invite; the role is `employeur` and the entreprise is the one in the path. */
export class EntrepriseInvitationDto {
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

export class EntrepriseInvitationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) entrepriseId: string;
  @ApiProperty() email: string;
  @ApiProperty() prenom: string;
  @ApiProperty() nom: string;
  @ApiProperty({ enum: InvitationStatus }) status: InvitationStatus;
  @ApiProperty({ type: String, format: 'date-time' }) expiresAt: Date;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;

  static of(i: Invitation): EntrepriseInvitationView {
    const { id, email, prenom, nom, status, expiresAt, createdAt } = i;
    return { id, entrepriseId: i.entrepriseId!, email, prenom, nom, status, expiresAt, createdAt };
  }
}

import { Role } from '@app/core';
import { ApiProperty } from '@nestjs/swagger';
import { IsEnum } from 'class-validator';
import { MotDePasseDto, PASSWORD_MIN_LENGTH, PersonneDto } from '../users/personne.dto';
import { Invitation, InvitationStatus } from './invitation.entity';

export class CreateInvitationDto extends PersonneDto {
  @ApiProperty({ enum: Role, example: Role.EMPLOYEUR })
  @IsEnum(Role)
  role: Role;
}

export { PASSWORD_MIN_LENGTH };

export class AcceptInvitationDto extends MotDePasseDto {}

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

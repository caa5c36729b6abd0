import { Role } from '@app/core';
import { ApiProperty } from '@nestjs/swagger';
import { IsEnum } from 'class-validator';
import { MotDePasseDto, PASSWORD_MIN_LENGTH, PersonneDto } from '../users/personne.dto';
import { Invitation, InvitationStatus } from './invitation.entity';
import { InvitationDelivery } from './invitation-messaging';

export class CreateInvitationDto extends PersonneDto {
  @ApiProperty({ enum: Role, example: Role.EMPLOYEUR })
  @IsEnum(Role)
  role: Role;
}

export { PASSWORD_MIN_LENGTH };

export class AcceptInvitationDto extends MotDePasseDto {}

/** The invitation email as messaging reports it (admins re-send a failed one from /messages). */
export class InvitationEnvoiView {
  @ApiProperty({ format: 'uuid' }) messageId: string;
  @ApiProperty({ example: 'envoye', description: 'Statut du message (voir GET /messages/:id)' })
  statut: string;
  @ApiProperty() tentatives: number;
  @ApiProperty({ nullable: true, type: String }) derniereErreur: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) envoyeLe: Date | null;
}

export class InvitationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: Role }) role: Role;
  @ApiProperty() prenom: string;
  @ApiProperty() nom: string;
  @ApiProperty({ enum: InvitationStatus }) status: InvitationStatus;
  @ApiProperty({ type: String, format: 'date-time' }) expiresAt: Date;
  @ApiProperty({ type: InvitationEnvoiView, nullable: true }) envoi: InvitationEnvoiView | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;

  static of(i: Invitation, delivery?: InvitationDelivery): InvitationView {
    const { id, email, role, prenom, nom, status, expiresAt, createdAt, messageId } = i;
    const envoi = messageId
      ? {
          messageId,
          ...(delivery ?? {
            statut: 'en_attente',
            tentatives: 0,
            derniereErreur: null,
            envoyeLe: null,
          }),
        }
      : null;
    return { id, email, role, prenom, nom, status, expiresAt, envoi, createdAt };
  }
}

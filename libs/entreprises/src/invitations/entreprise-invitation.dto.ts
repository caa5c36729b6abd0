import { Invitation, InvitationStatus, PersonneDto } from '@app/accounts';
import { ApiProperty } from '@nestjs/swagger';

/** The person to invite; the role is `employeur` and the entreprise is the one in the path. */
export class EntrepriseInvitationDto extends PersonneDto {}

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

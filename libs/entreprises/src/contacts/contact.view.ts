import { ApiProperty } from '@nestjs/swagger';
import { EntrepriseContact } from './contact.entity';

export class ContactView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true }) prenom: string | null;
  @ApiProperty() nom: string;
  @ApiProperty({ type: String, nullable: true }) fonction: string | null;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'E.164' }) telephone: string | null;
  @ApiProperty() principal: boolean;

  static of(contact: EntrepriseContact): ContactView {
    const { id, prenom, nom, fonction, email, telephone, principal } = contact;
    return { id, prenom, nom, fonction, email, telephone, principal };
  }
}

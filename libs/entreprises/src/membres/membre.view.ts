import { User } from '@app/accounts';
import { ApiProperty } from '@nestjs/swagger';
import { Entreprise } from '../entreprises/entreprise.entity';
import { EntrepriseMembre, RattachementStatut } from './membre.entity';

/** An employer account attached to the entreprise, as shown in its detail. */
export class MembreView {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() email: string;
  @ApiProperty() prenom: string;
  @ApiProperty() nom: string;
  @ApiProperty({ enum: RattachementStatut }) statut: RattachementStatut;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt: Date | null;

  static of(membre: EntrepriseMembre & { user: User }): MembreView {
    const { userId, statut, decidedAt, user } = membre;
    return { userId, email: user.email, prenom: user.prenom, nom: user.nom, statut, decidedAt };
  }
}

class RattachementEntrepriseView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() siret: string;
  @ApiProperty() raisonSociale: string;
}

/** A link to check, for the CRE: who asked, for which entreprise, and the number to call back. */
export class RattachementView extends MembreView {
  @ApiProperty({ type: RattachementEntrepriseView }) entreprise: RattachementEntrepriseView;
  @ApiProperty({ type: String, nullable: true, description: 'E.164' }) telephone: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) decidedById: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;

  static of(membre: EntrepriseMembre & { user: User; entreprise: Entreprise }): RattachementView {
    const { id, siret, raisonSociale } = membre.entreprise;
    return {
      ...MembreView.of(membre),
      entreprise: { id, siret, raisonSociale },
      telephone: membre.telephone,
      decidedById: membre.decidedById,
      createdAt: membre.createdAt,
    };
  }
}

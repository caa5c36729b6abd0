import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ageAt } from '../domain/age';
import { JeuneStatut, Programme } from '../domain/jeune-codes';
import { Experience, Indisponibilite, Jeune } from '../entities/jeune.entity';
import { ExperienceDto, IndisponibiliteDto } from '../profile/jeune-parts.dto';

/** Whether the jeune can be told at all, per channel (an address and the consent). */
export class JoignableView {
  @ApiProperty() email: boolean;
  @ApiProperty() sms: boolean;
}

/**
 * What a CRE needs to screen a jeune for an offer: the project, the mobility, the availability,
 * the age (minors' working rules) and the commune. Not the conseiller's notes, not the street
 * address, not the email or phone: messages go through the messaging module, which checks
 * consent; `joignable` says whether the jeune can be told at all.
 */
export class JeuneCreView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() prenom: string;
  @ApiProperty() nom: string;
  @ApiProperty() age: number;
  @ApiProperty() mineur: boolean;
  @ApiPropertyOptional({ type: String, nullable: true }) communeInsee: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) communeNom: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) departement: string | null;
  @ApiProperty({ type: [String] }) fichesRome: string[];
  @ApiProperty({ type: [ExperienceDto] }) experiences: Experience[];
  @ApiPropertyOptional({ type: String, nullable: true }) niveauDiplome: string | null;
  @ApiProperty() rayonMobiliteKm: number;
  @ApiProperty() permisB: boolean;
  @ApiProperty() vehicule: boolean;
  @ApiProperty() transportsCommun: boolean;
  @ApiPropertyOptional({ type: String, nullable: true }) disponibleLe: string | null;
  @ApiProperty() tempsPartielUniquement: boolean;
  @ApiProperty({ type: [IndisponibiliteDto] }) indisponibilites: Indisponibilite[];
  @ApiProperty({ enum: Programme }) programme: Programme;
  @ApiProperty({ enum: JeuneStatut }) statut: JeuneStatut;
  @ApiPropertyOptional({ type: String, nullable: true }) conseillerId: string | null;
  @ApiProperty({
    type: JoignableView,
    description: 'Peut être prévenu par e-mail / SMS (coordonnée et consentement)',
  })
  joignable: JoignableView;

  static of(j: Jeune, now: Date): JeuneCreView {
    const age = ageAt(j.dateNaissance!, now);
    return {
      id: j.id,
      prenom: j.prenom!,
      nom: j.nom!,
      age,
      mineur: age < 18,
      communeInsee: j.communeInsee,
      communeNom: j.communeNom,
      departement: j.departement,
      fichesRome: j.fichesRome,
      experiences: j.experiences,
      niveauDiplome: j.niveauDiplome,
      rayonMobiliteKm: j.rayonMobiliteKm,
      permisB: j.permisB,
      vehicule: j.vehicule,
      transportsCommun: j.transportsCommun,
      disponibleLe: j.disponibleLe,
      tempsPartielUniquement: j.tempsPartielUniquement,
      indisponibilites: j.indisponibilites,
      programme: j.programme,
      statut: j.statut,
      conseillerId: j.conseillerId,
      joignable: {
        email: !!j.email && j.consentEmail,
        sms: !!j.telephone && j.telephoneMobile && j.consentSms,
      },
    };
  }
}

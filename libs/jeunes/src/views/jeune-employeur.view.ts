import { ApiProperty } from '@nestjs/swagger';
import { ageAt } from '../domain/age';
import { Jeune } from '../entities/jeune.entity';
import { ExperienceDto } from '../profile/jeune-parts.dto';

export class JeuneEmployeurContact {
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) telephone: string | null;
}

/**
 * What an employer sees of a jeune, only through a mise en relation: the professional profile,
 * a first name and an initial. Never the age or birth date (only whether the jeune is a minor,
 * which changes the legal working rules), the programme, the status, the address or the notes.
 */
export class JeuneEmployeurView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() prenom: string;
  /** The initial ("B.") until the jeune accepted the mise en relation, then the full name. */
  @ApiProperty({ description: 'L’initiale (« B. ») tant que le jeune n’a pas accepté' })
  nom: string;
  @ApiProperty() mineur: boolean;
  @ApiProperty({ type: String, nullable: true }) communeNom: string | null;
  @ApiProperty({ type: [String] }) fichesRome: string[];
  @ApiProperty({ type: [ExperienceDto] }) experiences: ExperienceDto[];
  @ApiProperty({ type: String, nullable: true }) niveauDiplome: string | null;
  @ApiProperty() permisB: boolean;
  @ApiProperty() vehicule: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) disponibleLe: string | null;
  @ApiProperty() tempsPartielUniquement: boolean;
  /** Null until the jeune accepted the mise en relation. */
  @ApiProperty({ type: JeuneEmployeurContact, nullable: true })
  contact: JeuneEmployeurContact | null;
}

/** `now`: pass the injected Clock's time (it decides `mineur`). */
export function jeuneForEmployer(
  jeune: Jeune,
  { contactAutorise, now = new Date() }: { contactAutorise: boolean; now?: Date },
): JeuneEmployeurView {
  const nom = jeune.nom ?? '';
  return {
    id: jeune.id,
    prenom: jeune.prenom ?? '',
    nom: contactAutorise ? nom : nom ? `${nom.charAt(0).toUpperCase()}.` : '',
    mineur: jeune.dateNaissance ? ageAt(jeune.dateNaissance, now) < 18 : false,
    communeNom: jeune.communeNom,
    fichesRome: jeune.fichesRome,
    experiences: jeune.experiences,
    niveauDiplome: jeune.niveauDiplome,
    permisB: jeune.permisB,
    vehicule: jeune.vehicule,
    disponibleLe: jeune.disponibleLe,
    tempsPartielUniquement: jeune.tempsPartielUniquement,
    contact: contactAutorise ? { email: jeune.email, telephone: jeune.telephone } : null,
  };
}

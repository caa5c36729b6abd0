import { ageAt } from '../domain/age';
import { Experience, Jeune } from '../entities/jeune.entity';

export interface JeuneEmployeurContact {
  email: string | null;
  telephone: string | null;
}

/**
 * What an employer sees of a jeune, only through a mise en relation: the professional profile,
 * a first name and an initial. Never the age or birth date (only whether the jeune is a minor,
 * which changes the legal working rules), the programme, the status, the address or the notes.
 */
export interface JeuneEmployeurView {
  id: string;
  prenom: string;
  /** The initial ("B.") until the jeune accepted the mise en relation, then the full name. */
  nom: string;
  mineur: boolean;
  communeNom: string | null;
  fichesRome: string[];
  experiences: Experience[];
  niveauDiplome: string | null;
  permisB: boolean;
  vehicule: boolean;
  disponibleLe: string | null;
  tempsPartielUniquement: boolean;
  /** Null until the jeune accepted the mise en relation. */
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

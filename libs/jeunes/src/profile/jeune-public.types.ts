import { ApiProperty } from '@nestjs/swagger';
import { ConsentSource, JeuneStatut, Programme } from '../domain/jeune-codes';
import { Experience, Indisponibilite } from '../entities/jeune.entity';

/** What the messaging module needs to reach a jeune, and whether it may. */
export interface JeuneContact {
  id: string;
  structureId: string;
  prenom: string;
  nom: string;
  email: string | null;
  /** E.164. */
  telephone: string | null;
  /** The phone can receive SMS (a mobile). */
  mobile: boolean;
  consentEmail: boolean;
  consentSms: boolean;
  /** Anonymised: nothing may be sent (names and contacts are empty). */
  anonymise: boolean;
}

export class ConsentState {
  @ApiProperty({ enum: ['email', 'sms'] }) canal: 'email' | 'sms';
  @ApiProperty() donne: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) at: Date | null;
  @ApiProperty({ enum: ConsentSource, nullable: true }) source: ConsentSource | null;
  /** False when the consent already had this value (nothing recorded). */
  @ApiProperty({ description: 'Faux si le consentement avait déjà cette valeur (rien enregistré)' })
  changed: boolean;
}

/** The fields the matcher works on (it keeps its own projection, refreshed on `jeune.modifie`). */
export interface JeuneMatching {
  id: string;
  structureId: string;
  version: number;
  statut: JeuneStatut;
  anonymise: boolean;
  /** The matcher derives age and minority with its own clock. */
  dateNaissance: string | null;
  fichesRome: string[];
  experiences: Experience[];
  niveauDiplome: string | null;
  communeInsee: string | null;
  lat: number | null;
  lon: number | null;
  rayonMobiliteKm: number;
  permisB: boolean;
  vehicule: boolean;
  transportsCommun: boolean;
  disponibleLe: string | null;
  tempsPartielUniquement: boolean;
  indisponibilites: Indisponibilite[];
  programme: Programme;
  programmeDebut: string | null;
  programmeFin: string | null;
  conseillerId: string | null;
}

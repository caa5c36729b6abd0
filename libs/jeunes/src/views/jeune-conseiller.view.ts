import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ageAt, trancheAge } from '../domain/age';
import {
  ConsentSource,
  JeuneStatut,
  Programme,
  TRANCHES_AGE,
  TrancheAge,
} from '../domain/jeune-codes';
import { Experience, Indisponibilite, Jeune } from '../entities/jeune.entity';
import { ExperienceDto, IndisponibiliteDto } from '../profile/jeune-parts.dto';

export class ConsentementView {
  @ApiProperty() donne: boolean;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) at: Date | null;
  @ApiPropertyOptional({ enum: ConsentSource, nullable: true }) source: ConsentSource | null;
}

export class ConsentementsView {
  @ApiProperty({ type: ConsentementView }) email: ConsentementView;
  @ApiProperty({ type: ConsentementView }) sms: ConsentementView;
}

/** Everything the Mission Locale holds on a jeune, for its conseillers and admins (reads are audited). */
export class JeuneConseillerView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ type: String, nullable: true }) idExterne: string | null;
  @ApiProperty() nom: string;
  @ApiProperty() prenom: string;
  @ApiProperty({ format: 'date' }) dateNaissance: string;
  @ApiProperty() age: number;
  @ApiProperty({ description: 'Dérivé de la date de naissance, jamais enregistré' })
  mineur: boolean;
  @ApiProperty({ enum: TRANCHES_AGE }) trancheAge: TrancheAge;
  @ApiPropertyOptional({ type: String, nullable: true }) email: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'E.164' })
  telephone: string | null;
  @ApiProperty({ description: 'Mobile : peut recevoir des SMS' }) telephoneMobile: boolean;
  @ApiPropertyOptional({ type: String, nullable: true }) adresse: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) codePostal: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) communeInsee: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) communeNom: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) departement: string | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) lat: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) lon: number | null;
  @ApiProperty({ type: ConsentementsView }) consentements: ConsentementsView;
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
  @ApiPropertyOptional({ type: String, nullable: true }) programmeDebut: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) programmeFin: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) conseillerId: string | null;
  @ApiProperty({ enum: JeuneStatut }) statut: JeuneStatut;
  @ApiPropertyOptional({ type: String, nullable: true }) notes: string | null;
  @ApiProperty() version: number;
  @ApiProperty({ type: String, format: 'date-time' }) derniereActiviteAt: Date;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: Date;

  static of(j: Jeune, now: Date): JeuneConseillerView {
    const age = ageAt(j.dateNaissance!, now);
    return {
      id: j.id,
      idExterne: j.idExterne,
      nom: j.nom!,
      prenom: j.prenom!,
      dateNaissance: j.dateNaissance!,
      age,
      mineur: age < 18,
      trancheAge: trancheAge(age),
      email: j.email,
      telephone: j.telephone,
      telephoneMobile: j.telephoneMobile,
      adresse: j.adresse,
      codePostal: j.codePostal,
      communeInsee: j.communeInsee,
      communeNom: j.communeNom,
      departement: j.departement,
      lat: j.lat,
      lon: j.lon,
      consentements: consentements(j),
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
      programmeDebut: j.programmeDebut,
      programmeFin: j.programmeFin,
      conseillerId: j.conseillerId,
      statut: j.statut,
      notes: j.notes,
      version: j.version,
      derniereActiviteAt: j.derniereActiviteAt,
      createdAt: j.createdAt,
      updatedAt: j.updatedAt,
    };
  }
}

export function consentements(j: Jeune): { email: ConsentementView; sms: ConsentementView } {
  return {
    email: { donne: j.consentEmail, at: j.consentEmailAt, source: j.consentEmailSource },
    sms: { donne: j.consentSms, at: j.consentSmsAt, source: j.consentSmsSource },
  };
}

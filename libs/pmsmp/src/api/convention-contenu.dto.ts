import { IsTelephone } from '@app/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Objectif } from '../domain/pmsmp-codes';

/** The Cerfa's sections as the API takes them; rules across fields are in `rules/`. */
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const lower = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;
const JOUR = /^\d{4}-\d{2}-\d{2}$/;
const JOUR_MSG = { message: 'Date attendue au format AAAA-MM-JJ.' };

/** Short free text (names, functions…). */
function Texte(max = 200, min = 1): PropertyDecorator {
  return (t, k) => {
    Transform(trim)(t, k);
    IsString()(t, k);
    MinLength(min)(t, k);
    MaxLength(max)(t, k);
  };
}

export class PersonneDto {
  @ApiProperty() @Texte(100) nom: string;
  @ApiProperty() @Texte(100) prenom: string;
  @ApiProperty() @Transform(lower) @IsEmail() @MaxLength(254) email: string;
  @ApiProperty({ example: '06 12 34 56 78' }) @IsTelephone() telephone: string;
}

export class FonctionPersonneDto extends PersonneDto {
  @ApiProperty({ example: 'Gérant' }) @Texte(100) fonction: string;
}

export class RepresentantLegalDto extends PersonneDto {
  @ApiProperty({ example: 'Mère' }) @Texte(60) qualite: string;
}

export class AdresseDto {
  @ApiProperty() @Texte(300) adresse: string;
  @ApiProperty() @Matches(/^\d{5}$/, { message: 'Code postal : 5 chiffres.' }) codePostal: string;
  @ApiProperty() @Texte(100) commune: string;
}

export class BeneficiaireDto {
  @ApiPropertyOptional() @IsOptional() @Texte(300) adresse?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^\d{5}$/, { message: 'Code postal : 5 chiffres.' })
  codePostal?: string;
  @ApiPropertyOptional() @IsOptional() @Texte(100) commune?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(lower) @IsEmail() email?: string;
  @ApiPropertyOptional() @IsOptional() @IsTelephone() telephone?: string;
  @ApiPropertyOptional() @IsOptional() @Texte(100) niveauFormation?: string;
}

export class EmployeurActuelDto {
  @ApiProperty() @Texte(200) raisonSociale: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^\d{14}$/, { message: 'SIRET : 14 chiffres.' })
  siret?: string;
  @ApiPropertyOptional() @IsOptional() @Texte(300) adresse?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(lower) @IsEmail() email?: string;
}

export class AccueilDto {
  @ApiProperty({ example: 'Boulangerie et boulangerie-pâtisserie' }) @Texte(200) activite: string;
  @ApiPropertyOptional({
    example: '1 à 9 salariés',
    description: 'Par défaut : la tranche de l’entreprise',
  })
  @IsOptional()
  @Texte(60)
  effectif?: string;
  @ApiProperty({ type: FonctionPersonneDto })
  @ValidateNested()
  @Type(() => FonctionPersonneDto)
  representant: FonctionPersonneDto;
}

export class MetierDto {
  @ApiProperty({ example: 'D1102' })
  @Matches(/^[A-N]\d{4}$/, {
    message: 'Le code ROME doit être une lettre (A à N) suivie de 4 chiffres.',
  })
  codeRome: string;
  @ApiProperty({ example: 'Boulanger / Boulangère' }) @Texte(200) appellation: string;
}

export class PlageDto {
  @ApiProperty({ example: '09:00' }) @IsString() debut: string;
  @ApiProperty({ example: '12:00' }) @IsString() fin: string;
}

export class JourHoraireDto {
  @ApiProperty({ example: '2027-01-04' }) @Matches(JOUR, JOUR_MSG) date: string;
  @ApiProperty({ type: [PlageDto] })
  @ValidateNested({ each: true })
  @Type(() => PlageDto)
  @ArrayMaxSize(2, { message: 'Une ou deux plages horaires par jour.' })
  plages: PlageDto[];
}

/** The fields the conseiller keys in (the rest comes from the jeune, the entreprise, the ML). */
export class ContenuSaisiDto {
  @ApiProperty({ enum: Objectif })
  @IsIn(Object.values(Objectif), {
    message:
      'Objectif : découvrir un métier, confirmer un projet ou initier un recrutement (un seul).',
  })
  objectif: Objectif;
  @ApiProperty({ type: MetierDto }) @ValidateNested() @Type(() => MetierDto) metier: MetierDto;
  @ApiProperty() @Texte(3000, 3) activites: string;
  @ApiProperty() @Texte(3000, 3) competences: string;
  @ApiProperty({ example: '2027-01-04' }) @Matches(JOUR, JOUR_MSG) dateDebut: string;
  @ApiProperty({ example: '2027-01-15' }) @Matches(JOUR, JOUR_MSG) dateFin: string;
  @ApiProperty({
    type: [JourHoraireDto],
    description: 'Jour par jour, une ou deux plages ; les totaux sont calculés.',
  })
  @ValidateNested({ each: true })
  @Type(() => JourHoraireDto)
  @ArrayMaxSize(31)
  horaires: JourHoraireDto[];
  @ApiPropertyOptional({
    description: 'Mineur : justification d’une présence un dimanche ou un jour férié',
  })
  @IsOptional()
  @Texte(500)
  derogationDimancheFerie?: string;
  @ApiProperty() @Texte(2000) conditionsTravail: string;
  @ApiProperty() @Texte(2000) risques: string;
  @ApiProperty() @Texte(2000) equipementsProtection: string;
  @ApiPropertyOptional() @IsOptional() @Texte(500) transport?: string;
  @ApiPropertyOptional() @IsOptional() @Texte(500) restauration?: string;
  @ApiProperty({ type: AccueilDto }) @ValidateNested() @Type(() => AccueilDto) accueil: AccueilDto;
  @ApiProperty({ type: FonctionPersonneDto })
  @ValidateNested()
  @Type(() => FonctionPersonneDto)
  tuteur: FonctionPersonneDto;
  @ApiPropertyOptional({
    type: AdresseDto,
    description: 'Par défaut : l’adresse de la structure d’accueil',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => AdresseDto)
  lieu?: AdresseDto;
  @ApiPropertyOptional({
    type: BeneficiaireDto,
    description: 'Complète ou corrige le profil du jeune',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => BeneficiaireDto)
  beneficiaire?: BeneficiaireDto;
  @ApiPropertyOptional({ type: RepresentantLegalDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => RepresentantLegalDto)
  representantLegal?: RepresentantLegalDto;
  @ApiPropertyOptional({ type: EmployeurActuelDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => EmployeurActuelDto)
  employeurActuel?: EmployeurActuelDto;
  @ApiPropertyOptional({
    description: 'Téléphone du conseiller (signataire pour la Mission Locale)',
  })
  @IsOptional()
  @IsTelephone()
  telephoneConseiller?: string;
}

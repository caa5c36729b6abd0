import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Offre } from './offre.entity';
import { OffreStatut } from './offre-statut';

/** What the API shows of an offer (employers and staff see the same fields). */
export class OffreView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) entrepriseId: string;
  @ApiProperty() titre: string;
  @ApiProperty() codeRome: string;
  @ApiPropertyOptional({ type: String, nullable: true }) codeAppellation: string | null;
  @ApiProperty() description: string;
  @ApiProperty() typeContrat: string;
  @ApiProperty() natureContrat: string;
  @ApiPropertyOptional({ type: Number, nullable: true }) dureeValeur: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) dureeUnite: string | null;
  @ApiProperty() heuresHebdo: number;
  @ApiProperty() tempsPartiel: boolean;
  @ApiPropertyOptional({ type: String, nullable: true }) horaires: string | null;
  @ApiProperty() travailNuit: boolean;
  @ApiProperty() travailWeekend: boolean;
  @ApiPropertyOptional({ type: Number, nullable: true }) salaireMontant: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) salaireUnite: string | null;
  @ApiProperty({ format: 'date' }) dateDebut: string;
  @ApiProperty() communeInsee: string;
  @ApiPropertyOptional({ type: Number, nullable: true }) lat: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) lon: number | null;
  @ApiProperty() nombrePostes: number;
  @ApiProperty() permisB: boolean;
  @ApiPropertyOptional({ type: String, nullable: true }) niveauDiplome: string | null;
  @ApiProperty() experience: string;
  @ApiProperty() ouverteMineurs: boolean;
  @ApiProperty() distanceMaxKm: number;
  @ApiProperty() candidatsSouhaites: number;
  @ApiProperty({ enum: OffreStatut }) statut: OffreStatut;
  @ApiPropertyOptional({ type: String, nullable: true }) motifCloture: string | null;
  @ApiProperty() versionCriteres: number;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  publieeAt: Date | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    description: 'Expire 60 jours après la dernière activité',
  })
  expireLe: Date;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: Date;

  static of(o: Offre, expiryDays: number): OffreView {
    const {
      structureId: _s,
      createdById: _c,
      rowVersion: _r,
      lastActivityAt,
      expiryReminderSentAt: _e,
      ...rest
    } = o;
    return { ...rest, expireLe: OffreView.expireLe(lastActivityAt, expiryDays) };
  }

  /** An offer expires this long after its last activity (OFFRE_EXPIRY_DAYS). */
  static expireLe(lastActivityAt: Date, expiryDays: number): Date {
    return new Date(lastActivityAt.getTime() + expiryDays * 86_400_000);
  }
}

/**
 * An offer as a line of the employer's home (apps/portail's `OffreLigne`): the fields of
 * OffreView that page shows, as its JSON carries them (dates as ISO strings).
 */
export interface OffreLigneView {
  id: string;
  titre: string;
  statut: OffreStatut;
  createdAt: string;
  dateDebut: string;
  expireLe: string;
}

/** A line of the list: the offer and its entreprise's name (asked of the entreprises module). */
export class OffreListeView extends OffreView {
  @ApiProperty() entrepriseNom: string;
}

/** A page of offers (the list's response, for the OpenAPI document and the portal's client). */
export class OffrePageView {
  @ApiProperty({ type: [OffreListeView] }) items: OffreListeView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() parPage: number;
}

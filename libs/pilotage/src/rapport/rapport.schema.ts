import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** OpenAPI shapes of the report (the service returns plain objects of these shapes). */
class PeriodeSchema {
  @ApiProperty({ example: '2025-01-01' }) du: string;
  @ApiProperty({ example: '2025-12-31' }) au: string;
}

class LigneSchema {
  @ApiProperty({ example: 'domaine:K' }) cle: string;
  @ApiProperty({ example: 'K Services à la personne et à la collectivité' }) libelle: string;
  @ApiProperty() valeur: number;
  @ApiProperty({ description: 'La même ligne sur la période précédente' }) precedent: number;
}

class IndicateurSchema {
  @ApiProperty({ example: 'offres_publiees' }) code: string;
  @ApiProperty({ example: 'Offres publiées' }) libelle: string;
  @ApiProperty({ description: 'Ce qui compte' }) definition: string;
  @ApiProperty({ description: 'La date qui place un événement dans la période' }) date: string;
  @ApiProperty({ enum: ['nombre', 'part', 'jours'] }) unite: string;
  @ApiPropertyOptional() ventilation?: string;
  @ApiProperty({ nullable: true, type: Number }) valeur: number | null;
  @ApiProperty({ nullable: true, type: Number }) precedent: number | null;
  @ApiProperty({ type: [LigneSchema], description: 'La table derrière chaque graphique' })
  lignes: LigneSchema[];
}

class ParCreSchema {
  @ApiProperty({ nullable: true, type: String }) creId: string | null;
  @ApiProperty() publiees: number;
  @ApiProperty() recrutements: number;
}

export class RapportSchema {
  @ApiProperty() periode: PeriodeSchema;
  @ApiProperty() periodePrecedente: PeriodeSchema;
  @ApiProperty({ example: { cre: null, domaine: null } }) filtres: Record<string, string | null>;
  @ApiProperty({ description: 'Nombre de structures couvertes' }) structures: number;
  @ApiProperty({ type: [IndicateurSchema] }) indicateurs: IndicateurSchema[];
  @ApiProperty({ type: [ParCreSchema] }) parCre: ParCreSchema[];
}

class GroupeSchema {
  @ApiProperty({ example: '59' }) code: string;
  @ApiProperty({ example: 'Nord' }) nom: string;
  @ApiProperty() structures: number;
  @ApiProperty() rapport: RapportSchema;
}

export class ReseauSchema {
  @ApiProperty() national: RapportSchema;
  @ApiProperty({ enum: ['region', 'departement'] }) par: string;
  @ApiProperty({ type: [GroupeSchema] }) groupes: GroupeSchema[];
}

export class AdhesionSchema {
  @ApiProperty({ description: 'La structure partage ses chiffres avec le réseau' })
  adhere: boolean;
  @ApiProperty({ nullable: true, type: String, example: '59' }) departement: string | null;
  @ApiProperty({ nullable: true, type: String, example: '32' }) region: string | null;
}

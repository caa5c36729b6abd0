import { Role } from '@app/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ageAt } from '../domain/age';
import { JeuneStatut, Programme } from '../domain/jeune-codes';
import { Jeune } from '../entities/jeune.entity';

/** A line of the lists (staff of the structure): no contact detail, no notes; for a CRE no idExterne. */
export class JeuneResumeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ type: String, nullable: true }) idExterne: string | null;
  @ApiProperty() nom: string;
  @ApiProperty() prenom: string;
  @ApiProperty() age: number;
  @ApiProperty() mineur: boolean;
  @ApiProperty({ enum: JeuneStatut }) statut: JeuneStatut;
  @ApiProperty({ enum: Programme }) programme: Programme;
  @ApiPropertyOptional({ type: String, nullable: true }) communeNom: string | null;
  @ApiProperty({ type: [String] }) fichesRome: string[];
  @ApiPropertyOptional({ type: String, nullable: true }) conseillerId: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) disponibleLe: string | null;

  /** `idExterne` (the ML's information-system id) is for conseillers and admins, not CREs. */
  static of(j: Jeune, now: Date, viewer?: { role: string }): JeuneResumeView {
    const age = ageAt(j.dateNaissance!, now);
    return {
      id: j.id,
      idExterne: viewer?.role === Role.CRE ? null : j.idExterne,
      nom: j.nom!,
      prenom: j.prenom!,
      age,
      mineur: age < 18,
      statut: j.statut,
      programme: j.programme,
      communeNom: j.communeNom,
      fichesRome: j.fichesRome,
      conseillerId: j.conseillerId,
      disponibleLe: j.disponibleLe,
    };
  }
}

/** GET /jeunes: one page of the list and the total with the same filters. */
export class JeunesPageView {
  @ApiProperty({ type: [JeuneResumeView] }) items: JeuneResumeView[];
  @ApiProperty({ description: 'Jeunes correspondant aux filtres (toutes les pages)' })
  total: number;
  @ApiProperty() page: number;
  @ApiProperty() parPage: number;
}

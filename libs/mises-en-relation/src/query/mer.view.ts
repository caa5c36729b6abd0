import { JeuneEmployeurView } from '@app/jeunes';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RelanceDto } from '../api/mer-relance.dto';
import { MerTransitionLog } from '../entities/mer-transition.entity';
import { Contrat, MiseEnRelation } from '../entities/mise-en-relation.entity';
import { RelanceView } from '../lifecycle/mer-relance.service';
import { MER_ATTENTE, MER_STATUT_LIBELLE, MerStatut } from '../lifecycle/mer-statut';

/** The contract of a hire (the employer's `recrutee` answer). */
export class ContratView implements Contrat {
  @ApiProperty({ example: 'CDI' }) typeContrat: string;
  @ApiProperty({ format: 'date' }) dateDebut: string;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) dateFin: string | null;
  @ApiProperty() heuresHebdo: number;
}

export class MerJeuneNomView {
  @ApiProperty() prenom: string;
  @ApiProperty() nom: string;
}

export class MerTransitionView {
  @ApiProperty({ description: '`creation` ou une action du cycle de vie' }) action: string;
  @ApiProperty({ enum: MerStatut, nullable: true }) from: MerStatut | null;
  @ApiProperty({ enum: MerStatut }) to: MerStatut;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) byUserId: string | null;
  @ApiProperty() byRole: string;
  @ApiProperty({ type: String, nullable: true }) motifCode: string | null;
  @ApiProperty({ type: String, nullable: true }) motif: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  details: Record<string, unknown> | null;
  @ApiProperty({ type: String, format: 'date-time' }) at: Date;
}

/** A MER as staff see it (CRE, admin, conseiller): the score and reasons, who it waits on. */
export class MerView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) offreId: string;
  @ApiProperty({ format: 'uuid' }) jeuneId: string;
  @ApiProperty({ format: 'uuid' }) entrepriseId: string;
  @ApiProperty({ enum: MerStatut }) statut: MerStatut;
  @ApiProperty() statutLibelle: string;
  @ApiProperty({ type: String, format: 'date-time' }) statutAt: Date;
  @ApiProperty({ enum: ['cre', 'jeune', 'employeur'], nullable: true }) attente: string | null;
  @ApiProperty() score: number;
  @ApiProperty({ type: [String] }) raisons: string[];
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'Le détail du score (total, criteres, distanceKm) ; vide pour une proposition à la main',
  })
  detail: Record<string, unknown>;
  @ApiProperty({ example: 'matching' }) origine: string;
  @ApiProperty() alerteEntreprise: boolean;
  @ApiProperty({ type: String, nullable: true }) motifCode: string | null;
  @ApiProperty({ type: String, nullable: true }) motif: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) entretienAt: Date | null;
  @ApiProperty({ type: ContratView, nullable: true }) contrat: Contrat | null;
  @ApiProperty({ description: 'Relances envoyées dans le statut actuel' }) relances: number;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  /** In the staff's lists: what the row is about, and the last reminder to the employer. */
  @ApiPropertyOptional({ type: MerJeuneNomView }) jeune?: MerJeuneNomView;
  @ApiPropertyOptional() offreTitre?: string;
  @ApiPropertyOptional() entrepriseNom?: string;
  @ApiPropertyOptional({ type: RelanceDto, nullable: true }) derniereRelance?: RelanceView | null;
  @ApiPropertyOptional({ type: [MerTransitionView], description: 'Dans le détail seulement' })
  transitions?: MerTransitionView[];

  static of(m: MiseEnRelation): MerView {
    return {
      id: m.id,
      offreId: m.offreId,
      jeuneId: m.jeuneId,
      entrepriseId: m.entrepriseId,
      statut: m.statut,
      statutLibelle: MER_STATUT_LIBELLE[m.statut],
      statutAt: m.statutAt,
      attente: MER_ATTENTE[m.statut] ?? null,
      score: m.score,
      raisons: m.raisons,
      detail: m.detail,
      origine: m.origine,
      alerteEntreprise: m.alerteEntreprise,
      motifCode: m.motifCode,
      motif: m.motif,
      entretienAt: m.entretienAt,
      contrat: m.contrat,
      relances: m.relances,
      createdAt: m.createdAt,
    };
  }
}

export const transitionView = (t: MerTransitionLog): MerTransitionView => ({
  action: t.action,
  from: t.fromStatut,
  to: t.toStatut,
  byUserId: t.byUserId,
  byRole: t.byRole,
  motifCode: t.motifCode,
  motif: t.motif,
  details: t.details,
  at: t.at,
});

/**
 * What an employer sees: the candidate only from `transmise_employeur`, through
 * jeuneForEmployer (contact details once the jeune accepted); never the score nor the reasons.
 */
export class MerEmployeurView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) offreId: string;
  @ApiProperty({ enum: MerStatut }) statut: MerStatut;
  @ApiProperty() statutLibelle: string;
  @ApiProperty({ type: String, format: 'date-time' }) statutAt: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) entretienAt: Date | null;
  @ApiProperty({ type: ContratView, nullable: true }) contrat: Contrat | null;
  @ApiProperty({ type: JeuneEmployeurView }) candidat: JeuneEmployeurView;
}

/** The CRE's counters: open, hired, no answer, and every status with its label. */
export class MerCompteursView {
  @ApiProperty({ description: 'En cours (une réponse est attendue)' }) ouvertes: number;
  @ApiProperty() recrutees: number;
  @ApiProperty({ description: 'Sans réponse du jeune ou de l’employeur' }) sansReponse: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' } })
  parStatut: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  libelles: Record<string, string>;
}

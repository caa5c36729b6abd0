import { ApiProperty } from '@nestjs/swagger';
import { OffreStatut } from '../offre-statut';
import { OffreTransition } from './offre-transition.entity';

/** One line of an offer's log: who, when, from which status to which, why, what changed. */
export class OffreTransitionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) offreId: string;
  @ApiProperty({ description: '`creation`, `modification` ou une action du cycle de vie' })
  action: string;
  @ApiProperty({ enum: OffreStatut, nullable: true })
  fromStatut: OffreStatut | null;
  @ApiProperty({ enum: OffreStatut }) toStatut: OffreStatut;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null : automatique' })
  byUserId: string | null;
  @ApiProperty() byRole: string;
  @ApiProperty({ type: String, nullable: true }) motif: string | null;
  @ApiProperty({
    type: 'object',
    nullable: true,
    additionalProperties: {
      type: 'object',
      properties: { avant: {}, apres: {} },
    },
    description: 'Pour une modification : champ → { avant, apres }',
  })
  changes: Record<string, { avant: unknown; apres: unknown }> | null;
  @ApiProperty({ type: String, format: 'date-time' }) at: Date;

  static of(t: OffreTransition): OffreTransitionView {
    const { id, offreId, action, fromStatut, toStatut, byUserId, byRole, motif, changes, at } = t;
    return { id, offreId, action, fromStatut, toStatut, byUserId, byRole, motif, changes, at };
  }
}
